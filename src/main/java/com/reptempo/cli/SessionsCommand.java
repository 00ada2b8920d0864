package com.reptempo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reptempo sessions}: the session library (list, show, export, import, recover, delete, prescription). */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"Work with the session library: recorded sessions (.rtsession files), their export and import,",
                "recovery after a crash, and patients' prescriptions."},
        subcommands = {
                SessionsListCommand.class,
                SessionsShowCommand.class,
                SessionsExportCommand.class,
                SessionsImportCommand.class,
                SessionsRecoverCommand.class,
                SessionsDeleteCommand.class,
                SessionsPrescriptionCommand.class,
        })
final class SessionsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    SessionsLibraryOption libraryOption = new SessionsLibraryOption();

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
