package com.reptempo.ui;

import com.reptempo.app.live.ConnectController;
import com.reptempo.app.live.SourceChoice;
import com.reptempo.device.PortInfo;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ButtonGroup;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.util.function.Consumer;

/** "Connect your sensor": listed ports, a device path, or the demo sensor. Renders ConnectController state. */
final class ConnectPanel extends JPanel {
    static final String[] DEMO_EXERCISES = {"routine", "heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension"};
    private static final String[] DEMO_LABELS = {"the whole routine", "heel scoop", "cobra lift", "rear leg lift", "arm and leg extension"};

    private final DefaultListModel<PortInfo> portModel = new DefaultListModel<>();
    private final JList<PortInfo> ports = new JList<>(portModel);
    private final JTextField devicePath = new JTextField(24);
    private final JRadioButton useSensor = new JRadioButton("My sensor");
    private final JRadioButton useDemo = new JRadioButton("Demo sensor (no hardware: a simulated person)");
    private final JComboBox<String> demoExercise = new JComboBox<>(DEMO_LABELS);
    private final JCheckBox demoFaults = new JCheckBox("she makes some mistakes (rushing, short holds, hips moving)");
    private final JLabel message = Ui.label(" ", 15f);
    private final JButton connect;
    private final JButton refresh;
    private boolean rendering;
    private ConnectController controller;

    ConnectPanel(Consumer<SourceChoice> onConnect) {
        super(new BorderLayout(16, 16));
        setBorder(BorderFactory.createEmptyBorder(24, 32, 24, 32));
        add(Ui.title("Connect your sensor"), BorderLayout.NORTH);

        ButtonGroup group = new ButtonGroup();
        group.add(useSensor);
        group.add(useDemo);
        for (JRadioButton r : new JRadioButton[]{useSensor, useDemo}) r.setFont(Theme.font(Font.BOLD, 17f));

        ports.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        ports.setVisibleRowCount(4);
        ports.setFont(Theme.font(Font.PLAIN, 15f));
        ports.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                PortInfo p = (PortInfo) value;
                return super.getListCellRendererComponent(list, "<html><b>" + escape(p.description()) + "</b><br>"
                        + escape(p.path()) + "</html>", index, selected, focus);
            }
        });
        ports.addListSelectionListener(e -> {
            if (!rendering && !e.getValueIsAdjusting() && controller != null) controller.selectPort(ports.getSelectedIndex());
        });
        devicePath.setFont(Theme.font(Font.PLAIN, 15f));
        devicePath.putClientProperty("JTextField.placeholderText", "/dev/ttyACM0, /dev/rfcomm0, COM3 ...");
        devicePath.getDocument().addDocumentListener(new DocumentListener() {
            private void changed() {
                if (!rendering && controller != null) controller.typeDevicePath(devicePath.getText());
            }

            @Override
            public void insertUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed();
            }
        });
        useDemo.addActionListener(e -> {
            if (!rendering && controller != null) controller.chooseDemo();
        });
        useSensor.addActionListener(e -> {
            if (!rendering && controller != null) controller.selectPort(portModel.isEmpty() ? -1 : Math.max(0, ports.getSelectedIndex()));
        });
        demoExercise.setFont(Theme.font(Font.PLAIN, 15f));
        demoFaults.setFont(Theme.font(Font.PLAIN, 15f));

        refresh = Ui.button("Look again", e -> controller.refreshPorts());
        connect = Ui.primary("Connect", e -> onConnect.accept(controller.choice(DEMO_EXERCISES[demoExercise.getSelectedIndex()],
                demoFaults.isSelected())));

        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        body.add(left(useSensor));
        JPanel sensor = indented();
        sensor.setLayout(new BorderLayout(8, 8));
        sensor.add(new JScrollPane(ports), BorderLayout.CENTER);
        JPanel pathRow = new JPanel(new BorderLayout(8, 0));
        pathRow.add(Ui.label("or type its device path:", 15f), BorderLayout.WEST);
        pathRow.add(devicePath, BorderLayout.CENTER);
        pathRow.add(refresh, BorderLayout.EAST);
        sensor.add(pathRow, BorderLayout.SOUTH);
        sensor.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, 260));
        body.add(sensor);
        body.add(Box.createVerticalStrut(18));
        body.add(left(useDemo));
        JPanel demo = indented();
        demo.setLayout(new BoxLayout(demo, BoxLayout.Y_AXIS));
        JPanel what = new JPanel(new BorderLayout(8, 0));
        what.add(Ui.label("She does:", 15f), BorderLayout.WEST);
        what.add(demoExercise, BorderLayout.CENTER);
        what.setAlignmentX(LEFT_ALIGNMENT);
        what.setMaximumSize(new java.awt.Dimension(520, what.getPreferredSize().height));
        demo.add(what);
        demoFaults.setAlignmentX(LEFT_ALIGNMENT);
        demo.add(demoFaults);
        body.add(demo);
        add(body, BorderLayout.CENTER);

        JPanel bottom = new JPanel(new BorderLayout(12, 0));
        bottom.add(message, BorderLayout.CENTER);
        bottom.add(connect, BorderLayout.EAST);
        add(bottom, BorderLayout.SOUTH);
        putClientProperty(MainWindow.DEFAULT_BUTTON, connect);
    }

    void bind(ConnectController c) {
        this.controller = c;
    }

    /** Shows the controller's state. EDT only. */
    void render(ConnectController.State s) {
        rendering = true;
        try {
            if (portModel.size() != s.ports().size() || !sameElements(s)) {
                portModel.clear();
                s.ports().forEach(portModel::addElement);
            }
            if (s.selectedPort() >= 0 && !s.demo()) ports.setSelectedIndex(s.selectedPort());
            else ports.clearSelection();
            if (!devicePath.getText().equals(s.devicePath())) devicePath.setText(s.devicePath());
            useDemo.setSelected(s.demo());
            useSensor.setSelected(!s.demo());
            demoExercise.setEnabled(s.demo());
            demoFaults.setEnabled(s.demo());
            refresh.setEnabled(!s.listing());
            message.setText(s.message().isEmpty() ? " " : s.message());
            connect.setEnabled(s.canConnect());
        } finally {
            rendering = false;
        }
    }

    private boolean sameElements(ConnectController.State s) {
        for (int i = 0; i < portModel.size(); i++) if (!portModel.get(i).equals(s.ports().get(i))) return false;
        return true;
    }

    private static JPanel indented() {
        JPanel p = new JPanel();
        p.setBorder(BorderFactory.createEmptyBorder(6, 28, 0, 0));
        p.setAlignmentX(LEFT_ALIGNMENT);
        return p;
    }

    private static JPanel left(Component c) {
        JPanel p = new JPanel(new BorderLayout());
        p.add(c, BorderLayout.WEST);
        p.setAlignmentX(LEFT_ALIGNMENT);
        p.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, c.getPreferredSize().height + 4));
        return p;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
