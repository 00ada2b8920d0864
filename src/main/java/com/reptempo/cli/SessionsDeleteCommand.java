package com.reptempo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code reptempo sessions delete}: moves a session to the library's trash folder. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Moves a session to the library's trash folder (move it back to restore it).")
final class SessionsDeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ParentCommand
    SessionsCommand parent;
    @Mixin
    SessionsLibraryOption libraryOption = new SessionsLibraryOption();

    @Parameters(paramLabel = "ID", description = "The session id (or its unique start).")
    String session;

    @Override
    public Integer call() throws IOException {
        Path trashed = SessionsContext.of(libraryOption, parent).library.delete(session);
        spec.commandLine().getOut().println("moved to the trash: " + trashed);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
