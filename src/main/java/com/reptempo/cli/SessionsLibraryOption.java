package com.reptempo.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --library} option, accepted by {@code sessions} and by each of its subcommands. */
final class SessionsLibraryOption {
    @Option(names = "--library", paramLabel = "DIR",
            description = "Session library folder (default: $REPTEMPO_LIBRARY, else ~/RepTempo/sessions).")
    Path library;
}
