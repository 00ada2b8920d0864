package com.reptempo.ui.review;

import com.reptempo.app.review.PrescriptionEditor;
import com.reptempo.ui.Theme;
import com.reptempo.ui.Ui;

import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Component;
import java.awt.Font;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import static com.reptempo.ui.Ui.Scale.DESK;

/**
 * The prescription's rows: exercise, setting, the routine's value and the prescribed one
 * (editable, bold where it differs from the routine). Shows whatever editor it is given. EDT.
 */
final class PrescriptionTable extends NamedColumns {
    static final int PRESCRIBED = 3;
    private final Supplier<PrescriptionEditor> editor;
    private final BiConsumer<Integer, String> typed;

    /**
     * @param editor the editor shown (null for none yet)
     * @param typed  gets a row and the text typed into its prescribed value
     */
    PrescriptionTable(Supplier<PrescriptionEditor> editor, BiConsumer<Integer, String> typed) {
        super("Exercise", "Setting", "Routine", "Prescribed");
        this.editor = editor;
        this.typed = typed;
    }

    /** The table on screen. */
    JTable table() {
        JTable t = Ui.table(this, DESK);
        t.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable table, Object v, boolean sel, boolean focus, int row, int col) {
                Component c = super.getTableCellRendererComponent(table, v, sel, focus, row, col);
                boolean changed = editor.get() != null && editor.get().rows().get(row).changed();
                c.setFont(Theme.font(changed && col == PRESCRIBED ? Font.BOLD : Font.PLAIN, 13f));
                return c;
            }
        });
        return t;
    }

    @Override
    public int getRowCount() {
        return editor.get() == null ? 0 : editor.get().rows().size();
    }

    @Override
    public boolean isCellEditable(int row, int col) {
        return col == PRESCRIBED;
    }

    @Override
    public Object getValueAt(int row, int col) {
        PrescriptionEditor.Row r = editor.get().rows().get(row);
        if (col == 0) return r.exerciseName();
        if (col == 1) return r.label();
        return format(col == 2 ? r.routine() : r.value());
    }

    @Override
    public void setValueAt(Object value, int row, int col) {
        typed.accept(row, String.valueOf(value));
    }

    /** "4", "0.75" or "1.5". */
    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }
}
