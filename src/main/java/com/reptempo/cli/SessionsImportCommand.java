package com.reptempo.cli;

import com.reptempo.app.ImportSession;
import com.reptempo.storage.session.importing.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** {@code reptempo sessions import}: a file from another program (or a session file from elsewhere) into the library. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports samples as a new session: RepTempo CSV, phyphox CSV exports (any separator, decimal point or comma,",
                "with or without g) and Arduino Serial Monitor/Plotter logs. Units and time base are detected and reported;",
                "what cannot be told is asked for. A .rtsession file from elsewhere is added to the library as it is."})
final class SessionsImportCommand extends SessionsSubcommand {
    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;
    @Option(names = "--patient", paramLabel = "PSEUDONYM", description = "The patient (required for samples).")
    String patient;
    @Option(names = "--exercise", paramLabel = "ID", description = "The exercise done, e.g. cobra-lift (required for samples).")
    String exercise;
    @Option(names = "--rate", paramLabel = "HZ", description = "Sample rate, for logs without a time column.")
    Double rate;
    @Option(names = "--gyro", paramLabel = "FILE", description = "phyphox gyroscope file to merge with the acceleration file.")
    Path gyro;
    @Option(names = "--accel-unit", paramLabel = "UNIT", description = "Acceleration unit when it cannot be detected: g, m/s2 or counts:LSB_PER_G.")
    String accelUnit;
    @Option(names = "--gyro-unit", paramLabel = "UNIT", description = "Angular rate unit: dps, rad/s, counts:LSB_PER_DPS, or none to leave it out.")
    String gyroUnit;
    @Option(names = "--capture", paramLabel = "N", description = "Which capture of a log that holds several (1, 2, ...).")
    Integer capture;
    @Option(names = "--started", paramLabel = "DATE-TIME", description = "When it was recorded, e.g. 2025-03-14T09:30 (default: the file's modification time).")
    String started;
    @Option(names = "--notes", paramLabel = "TEXT", description = "Free notes stored with the session.")
    String notes;

    @Override
    int run(SessionsContext ctx, PrintWriter out) throws IOException {
        Clock clock = Clock.systemDefaultZone();
        ImportOptions options;
        try {
            options = new ImportOptions(rate, accelUnit, gyroUnit, gyro, capture);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        ImportSession.Result r = new ImportSession(ctx.library, ctx.prescriptions, ctx.analyzer, clock, new SecureRandom())
                .run(new ImportSession.Request(file, patient, exercise, options, startedAt(clock), notes));
        out.println(r.message());
        return 0;
    }

    private ZonedDateTime startedAt(Clock clock) {
        if (started == null) return null;
        String s = started.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(s).toZonedDateTime();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(s).atZone(clock.getZone());
            } catch (DateTimeParseException e) {
                throw new UserFacingException("--started must be a date and time such as 2025-03-14T09:30, got '" + started + "'", e);
            }
        }
    }
}
