package com.reptempo.cli;

import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.PrescriptionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** {@code reptempo sessions prescription}: shows or sets a patient's prescription. */
@Command(name = "prescription", mixinStandardHelpOptions = true,
        description = {"Shows a patient's prescription (targets per exercise), or sets it from a JSON file with --set.",
                "Sessions keep the prescription that was in force when they were recorded."})
final class SessionsPrescriptionCommand extends SessionsSubcommand {
    @Parameters(paramLabel = "PSEUDONYM", description = "The patient.")
    String patient;
    @Option(names = "--set", paramLabel = "FILE", description = "A prescription.json to validate and store for the patient.")
    Path set;

    @Override
    int run(SessionsContext ctx, PrintWriter out) throws IOException {
        try {
            if (set != null) {
                Prescription p = PrescriptionJson.read(set, ctx.routine);
                if (!p.patient().equals(patient)) {
                    throw new UserFacingException(set + " is for patient '" + p.patient() + "', not '" + patient + "'");
                }
                out.println("stored " + p.describe() + " in " + ctx.library.savePrescription(p, ctx.routine));
            } else {
                Optional<Prescription> p = ctx.library.prescription(patient, ctx.routine);
                if (p.isPresent()) out.println(new String(PrescriptionJson.write(p.get()), StandardCharsets.UTF_8));
                else out.println("no prescription for " + patient + ": the routine's defaults apply");
            }
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        return 0;
    }
}
