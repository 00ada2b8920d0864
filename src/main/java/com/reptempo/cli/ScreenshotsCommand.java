package com.reptempo.cli;

import com.reptempo.storage.RoutineJson;
import com.reptempo.ui.ScreenshotTour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code reptempo screenshots}: PNGs of each main screen, light and dark (run under Xvfb on a server). */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Save a screenshot of each main screen of the dashboard, in the light and the dark theme.")
final class ScreenshotsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "screenshots", paramLabel = "DIR", description = "Folder for the PNG files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) throw new UserFacingException("no display: run under a desktop or xvfb-run");
        for (Path p : ScreenshotTour.run(RoutineJson.bundled(), out)) spec.commandLine().getOut().println("saved " + p);
        return 0;
    }
}
