package com.reptempo.cli;

import com.reptempo.app.SessionLibraryLocation;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.session.SessionLibrary;
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

    @Option(names = "--library", paramLabel = "DIR",
            description = "Session library folder (default: $REPTEMPO_LIBRARY, else ~/RepTempo/sessions).")
    java.nio.file.Path library;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserFacingException("no display: the dashboard needs a desktop session "
                    + "(use the command-line tools instead: reptempo --help)");
        }
        SessionLibrary sessions = new SessionLibrary(SessionLibraryLocation.resolve(library,
                System.getenv(SessionLibraryLocation.ENV), System.getProperty("user.home")));
        SwingUtilities.invokeAndWait(() -> Dashboard.open(RoutineJson.bundled(), sessions, dark));
        return 0;
    }
}
