package com.reptempo.cli;

import com.reptempo.storage.RoutineJson;
import com.reptempo.ui.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.util.concurrent.Callable;

/** {@code reptempo dashboard}: the desktop program (what runs when no command is given). */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Open the RepTempo window: connect a sensor (or the demo sensor) and follow the routine.")
final class DashboardCommand implements Callable<Integer> {
    @Option(names = "--dark", description = "Start in the dark theme.")
    boolean dark;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserFacingException("no display: the dashboard needs a desktop session "
                    + "(use the command-line tools instead: reptempo --help)");
        }
        SwingUtilities.invokeAndWait(() -> Dashboard.open(RoutineJson.bundled(), dark));
        return 0;
    }
}
