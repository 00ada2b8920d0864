package com.reptempo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Re-runs {@code analyze --json} on every sample and compares with the expected result stored beside it. */
class AnalyzeGoldenTest {
    private static final double TOLERANCE = 1e-3;
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<AnalyzeGoldenSamples.Golden> samples() {
        return AnalyzeGoldenSamples.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void analysisMatchesTheExpectedFile(AnalyzeGoldenSamples.Golden g) throws Exception {
        Path dir = Path.of("samples");
        List<String> args = new ArrayList<>(List.of("analyze", dir.resolve(g.name() + ".csv").toString(), "--json"));
        args.addAll(g.args());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode actual = JSON.readTree(run.out());
        Path expectedFile = dir.resolve(g.name() + ".expected.json");
        assertTrue(Files.isRegularFile(expectedFile), "missing " + expectedFile + " (see samples/README.md to regenerate)");
        JsonNode expected = JSON.readTree(Files.readString(expectedFile));
        compare("$", expected, actual);
    }

    private static void compare(String path, JsonNode e, JsonNode a) {
        if (e.isNumber() && a.isNumber()) {
            if (Math.abs(e.asDouble() - a.asDouble()) > TOLERANCE) fail(path + ": expected " + e + ", got " + a);
            return;
        }
        if (e.getNodeType() != a.getNodeType()) fail(path + ": expected " + e + ", got " + a);
        if (e.isObject()) {
            assertEquals(fieldNames(e), fieldNames(a), path + ": fields");
            Iterator<Map.Entry<String, JsonNode>> it = e.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                compare(path + "." + f.getKey(), f.getValue(), a.get(f.getKey()));
            }
        } else if (e.isArray()) {
            assertEquals(e.size(), a.size(), path + ": length");
            for (int i = 0; i < e.size(); i++) compare(path + "[" + i + "]", e.get(i), a.get(i));
        } else {
            assertEquals(e, a, path);
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
