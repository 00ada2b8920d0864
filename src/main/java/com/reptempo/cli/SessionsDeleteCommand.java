package com.reptempo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code reptempo sessions delete}: moves a session to the library's trash folder. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Moves a session to the library's trash folder (move it back to restore it).")
final class SessionsDeleteCommand extends SessionsSubcommand {
    @Parameters(paramLabel = "ID", description = "The session id (or its unique start).")
    String session;

    @Override
    int run(SessionsContext ctx, PrintWriter out) throws IOException {
        Path trashed = ctx.library.delete(session);
        out.println("moved to the trash: " + trashed);
        return 0;
    }
}
