package com.reptempo.cli;

import java.util.List;

/**
 * The golden analyses of {@code samples/}: for every sample, the {@code analyze} arguments whose
 * {@code --json} output is stored beside it as {@code X.expected.json}. Regenerate with
 * {@link #main} (see samples/README.md).
 */
final class AnalyzeGoldenSamples {
    /** A sample and the arguments after {@code analyze FILE}. */
    record Golden(String name, List<String> args) {
    }

    static final List<Golden> ALL = List.of(
            new Golden("heel-scoop-good", List.of("--exercise", "heel-scoop", "--first-side", "right")),
            new Golden("heel-scoop-faults", List.of("--exercise", "heel-scoop", "--first-side", "left")),
            new Golden("cobra-lift-good", List.of("--exercise", "cobra-lift")),
            new Golden("cobra-lift-faults", List.of("--exercise", "cobra-lift")),
            new Golden("rear-leg-lift-good", List.of("--exercise", "rear-leg-lift", "--first-side", "right")),
            new Golden("rear-leg-lift-faults", List.of("--exercise", "rear-leg-lift", "--first-side", "right")),
            new Golden("arm-leg-extension-good", List.of("--exercise", "arm-leg-extension", "--first-side", "right")),
            new Golden("arm-leg-extension-faults", List.of("--exercise", "arm-leg-extension", "--first-side", "right")),
            new Golden("routine-full", List.of("--exercise", "heel-scoop", "--first-side", "right", "--to", "135.540385")));

    private AnalyzeGoldenSamples() {
    }

    /** Writes every samples/X.expected.json from the current pipeline. */
    public static void main(String[] args) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : "samples");
        for (Golden g : ALL) {
            java.util.List<String> a = new java.util.ArrayList<>(List.of("analyze", dir.resolve(g.name() + ".csv").toString(), "--json"));
            a.addAll(g.args());
            CliRun run = CliRun.of(a.toArray(String[]::new));
            if (run.exitCode() != 0) throw new IllegalStateException(g.name() + ": " + run.err());
            java.nio.file.Files.writeString(dir.resolve(g.name() + ".expected.json"), run.out());
            System.out.println("wrote " + dir.resolve(g.name() + ".expected.json"));
        }
    }
}
