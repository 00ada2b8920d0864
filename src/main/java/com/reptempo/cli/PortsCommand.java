package com.reptempo.cli;

import com.reptempo.device.PortInfo;
import com.reptempo.device.SerialPorts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code reptempo ports}: the serial ports a sensor may be on. */
@Command(name = "ports", mixinStandardHelpOptions = true, description = "List serial ports a sensor may be connected to.")
final class PortsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<PortInfo> ports = SerialPorts.list();
        if (ports.isEmpty()) {
            out.println("No serial ports found. Plug the sensor in (or pair it over Bluetooth) and try again;");
            out.println("a sensor on a pseudo-terminal is opened by its path: reptempo record --port /dev/pts/N ...");
        }
        for (PortInfo p : ports) out.printf("%-20s %s%n", p.path(), p.description());
        out.flush();
        return 0;
    }
}
