package com.reptempo.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every {@code sessions} subcommand shares: the {@code --library} option (its own or the
 * parent's), the library context built from it, and the output stream, flushed when it is done.
 */
abstract class SessionsSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ParentCommand
    SessionsCommand parent;
    @Mixin
    SessionsLibraryOption libraryOption = new SessionsLibraryOption();

    @Override
    public final Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(SessionsContext.of(libraryOption, parent), out);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs the subcommand on the library; returns the exit code. */
    abstract int run(SessionsContext ctx, PrintWriter out) throws IOException;

    /** Where warnings go (standard error). */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
