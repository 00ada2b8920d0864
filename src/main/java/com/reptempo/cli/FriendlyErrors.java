package com.reptempo.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns the failures a user can cause (bad files, missing ports, wrong values) into one clear
 * line on stderr and exit code 1. Programming errors keep their stack trace: they are bugs.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof UserFacingException || t instanceof IOException) {
            cl.getErr().println("reptempo: " + t.getMessage());
            cl.getErr().flush();
            return 1;
        }
        throw ex;
    }
}
