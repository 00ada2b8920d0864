package com.reptempo.device;

import com.fazecast.jSerialComm.SerialPort;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lists serial ports with readable descriptions. Pseudo-terminals are not listed: open them by path. */
public final class SerialPorts {
    private SerialPorts() {
    }

    /** The ports the system reports now, in its order. */
    public static List<PortInfo> list() throws IOException {
        SerialNativeLibrary.prepare();
        List<PortInfo> out = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            out.add(new PortInfo(p.getSystemPortPath(), p.getSystemPortName(), describe(p)));
        }
        return out;
    }

    static String describe(SerialPort p) {
        StringBuilder sb = new StringBuilder();
        String descriptive = p.getDescriptivePortName();
        sb.append(descriptive == null || descriptive.isBlank() ? p.getSystemPortName() : descriptive.trim());
        List<String> details = new ArrayList<>();
        String manufacturer = p.getManufacturer();
        if (manufacturer != null && !manufacturer.isBlank() && !manufacturer.equalsIgnoreCase("Unknown")
                && !sb.toString().contains(manufacturer)) {
            details.add(manufacturer.trim());
        }
        if (p.getVendorID() > 0) details.add(String.format(Locale.ROOT, "USB %04x:%04x", p.getVendorID(), p.getProductID()));
        String serial = p.getSerialNumber();
        if (serial != null && !serial.isBlank() && !serial.equalsIgnoreCase("Unknown")) details.add("serial " + serial.trim());
        String location = p.getPortLocation();
        if (location != null && !location.isBlank() && !location.startsWith("0-0")) details.add("at " + location);
        if (!details.isEmpty()) sb.append(" (").append(String.join(", ", details)).append(')');
        return sb.toString();
    }
}
