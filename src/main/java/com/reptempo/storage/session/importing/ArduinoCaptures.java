package com.reptempo.storage.session.importing;

import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.importing.ArduinoLogScan.Row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a log into captures: a new capture starts where the time column goes back (the board
 * was reset), or at a blank line when there is no time column. Leftovers shorter than
 * {@link ArduinoLogImport#MIN_CAPTURE_ROWS} rows are dropped; with several real captures the user
 * chooses one.
 */
final class ArduinoCaptures {
    private ArduinoCaptures() {
    }

    static List<Row> choose(Path file, List<Row> rows, int time, Integer chosen, List<String> notes) throws SampleFileException {
        List<List<Row>> captures = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        for (Row r : rows) {
            boolean reset = time >= 0 ? !current.isEmpty() && r.values()[time] < current.get(current.size() - 1).values()[time]
                    : r.blankBefore();
            if (reset && !current.isEmpty()) {
                captures.add(current);
                current = new ArrayList<>();
            }
            current.add(r);
        }
        captures.add(current);
        int leftovers = 0;
        List<List<Row>> real = new ArrayList<>();
        for (List<Row> c : captures) {
            if (c.size() >= ArduinoLogImport.MIN_CAPTURE_ROWS) real.add(c);
            else leftovers += c.size();
        }
        if (real.isEmpty()) throw new SampleFileException(file + " holds no capture of at least " + ArduinoLogImport.MIN_CAPTURE_ROWS + " samples");
        if (leftovers > 0) notes.add(leftovers + " rows in fragments shorter than " + ArduinoLogImport.MIN_CAPTURE_ROWS + " rows (board resets) were skipped");
        if (real.size() == 1) {
            if (chosen != null && chosen != 1) throw new SampleFileException(file + " holds only one capture; --capture " + chosen + " does not exist");
            return real.get(0);
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < real.size(); i++) {
            List<Row> c = real.get(i);
            list.append(String.format(Locale.ROOT, "%n  capture %d: lines %d-%d, %d samples", i + 1, c.get(0).line(),
                    c.get(c.size() - 1).line(), c.size()));
        }
        if (chosen == null) throw new SampleFileException(file + " holds " + real.size() + " captures; choose one with --capture N:" + list);
        if (chosen > real.size()) throw new SampleFileException(file + " holds " + real.size() + " captures; --capture " + chosen + " does not exist:" + list);
        notes.add("capture " + chosen + " of " + real.size() + " (lines " + real.get(chosen - 1).get(0).line() + " on)");
        return real.get(chosen - 1);
    }
}
