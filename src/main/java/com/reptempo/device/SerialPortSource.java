package com.reptempo.device;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import com.reptempo.protocol.AutoDetectingDecoder;
import com.reptempo.protocol.FrameEncoder;
import com.reptempo.protocol.HostCommand;
import com.reptempo.protocol.StreamDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A sensor on a serial port (USB cable, Bluetooth SPP, or a pseudo-terminal), read with
 * jSerialComm on its own thread. This is the only class that talks to jSerialComm ports.
 *
 * <p>Behaviour (PROTOCOL.md §5 handshake): open, discard stale input, send a delimiter, GET_HELLO
 * and START_STREAM; accept binary or text mode, whichever arrives. An unplug (read error, or the
 * device path vanishing) is reported within {@value #SILENCE_MS} ms as {@link LinkState#DISCONNECTED};
 * the port is then reopened every {@value #RETRY_MS} ms until the device comes back, and the same
 * decoder continues so that time stays monotonic and link statistics accumulate. Samples already
 * delivered are never affected by a disconnect.
 */
public final class SerialPortSource extends ThreadedSource {
    static final int SILENCE_MS = 1500;
    static final int RETRY_MS = 250;
    static final int HELLO_TIMEOUT_MS = 1500;
    static final int READ_TIMEOUT_MS = 50;
    /** Default line speed for UART bridges; USB CDC, Bluetooth and ptys ignore it. */
    public static final int DEFAULT_BAUD = 921_600;

    private final String port;
    private final int baud;
    private volatile String stateMessage = "";
    private SourceListener listener;
    private DecodedToSource decoded;
    private StreamDecoder decoder;

    public SerialPortSource(String port, int baud) {
        super("serial-reader " + port);
        this.port = Objects.requireNonNull(port, "port");
        this.baud = baud;
    }

    @Override
    public String description() {
        return port;
    }

    @Override
    void run(SourceListener sourceListener) {
        this.listener = sourceListener;
        this.decoded = new DecodedToSource(sourceListener);
        this.decoder = new AutoDetectingDecoder(decoded);
        read();
    }

    /** The last state message, in plain words. */
    public String stateMessage() {
        return stateMessage;
    }

    private void read() {
        try {
            SerialNativeLibrary.prepare();
        } catch (IOException e) {
            setState(LinkState.FAILED, "cannot load the serial port library: " + e.getMessage());
            return;
        }
        boolean everOpened = false;
        while (!closed()) {
            SerialPort p;
            try {
                p = SerialPort.getCommPort(port);
            } catch (SerialPortInvalidPortException e) {
                // the device path does not exist (yet): unplugged, or a wrong name
                if (!everOpened) {
                    setState(LinkState.FAILED, SerialOpenError.message(port, SerialOpenError.ENOENT, looksLikePath(port)));
                    break;
                }
                pause(RETRY_MS);
                continue;
            }
            p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    READ_TIMEOUT_MS, 500);
            if (!p.openPort()) {
                if (!everOpened) {
                    setState(LinkState.FAILED, SerialOpenError.message(port, p.getLastErrorCode(), looksLikePath(port)));
                    break;
                }
                pause(RETRY_MS);
                continue;
            }
            everOpened = true;
            try {
                new SerialSession(p).run();
            } finally {
                p.closePort();
            }
            if (!closed()) {
                setState(LinkState.DISCONNECTED, "lost the sensor on " + port
                        + " (unplugged, switched off or out of range); waiting for it to come back");
            }
        }
        publish(decoder.stats());
        if (state() != LinkState.FAILED) setState(LinkState.FINISHED, "closed " + port);
    }

    private static boolean looksLikePath(String port) {
        return port.startsWith("/") || port.startsWith(".");
    }

    private void setState(LinkState s, String message) {
        stateMessage = message;
        setState(listener, s, message);
    }

    private void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            markClosed();
        }
    }

    /** One open period of the port: handshake, then read until unplugged or closed. */
    private final class SerialSession {
        private final SerialPort p;
        private final byte[] buf = new byte[8192];
        private final long opened_ns = System.nanoTime();
        private long lastData_ns = opened_ns;
        private long lastHelloRequest_ns = opened_ns;
        private int helloRequests;
        private boolean warnedNoAnswer;

        SerialSession(SerialPort p) {
            this.p = p;
        }

        void run() {
            p.flushIOBuffers();
            decoder.discardPartial();
            long samplesAtOpen = decoded.samples();
            setState(LinkState.CONNECTING, "waiting for the sensor on " + port + " to answer");
            requestHello(true);
            while (!closed()) {
                int n = p.readBytes(buf, buf.length);
                long now = System.nanoTime();
                if (n < 0) return;
                if (n > 0) {
                    lastData_ns = now;
                    listener.onRawBytes(buf, 0, n);
                    decoder.feed(buf, 0, n);
                    publish(decoder.stats());
                    if (state() != LinkState.CONNECTED && decoded.samples() > samplesAtOpen) {
                        setState(LinkState.CONNECTED, connectedMessage());
                    }
                }
                if (!housekeeping(now, samplesAtOpen)) return;
            }
        }

        /** @return false when the port is gone */
        private boolean housekeeping(long now, long samplesAtOpen) {
            long quiet_ms = (now - lastData_ns) / 1_000_000;
            if (quiet_ms > SILENCE_MS && looksLikePath(port) && !Files.exists(Path.of(port))) return false;
            boolean binaryWithoutHello = decoder.mode() != StreamDecoder.Mode.TEXT && decoded.info() == null;
            if ((decoder.needsHello() || binaryWithoutHello) && helloRequests < 3
                    && (now - lastHelloRequest_ns) / 1_000_000 > HELLO_TIMEOUT_MS) {
                requestHello(false);
            }
            if (state() == LinkState.CONNECTED && quiet_ms > SILENCE_MS) {
                setState(LinkState.SIGNAL_LOST, "no data from the sensor for " + quiet_ms / 1000.0
                        + " s: is it switched on and in range?");
            }
            if (!warnedNoAnswer && decoded.samples() == samplesAtOpen && (now - opened_ns) / 1_000_000 > 2 * HELLO_TIMEOUT_MS) {
                warnedNoAnswer = true;
                setState(LinkState.CONNECTING, "no RepTempo sensor answers on " + port
                        + " yet: is it the right port, and is the sensor switched on? (text-mode boards on a UART "
                        + "may need --baud 115200)");
            }
            return true;
        }

        private void requestHello(boolean start) {
            byte[] delimiter = {0};
            write(delimiter);
            write(FrameEncoder.frame(new HostCommand.GetHello()));
            if (start) write(FrameEncoder.frame(new HostCommand.StartStream()));
            helloRequests++;
            lastHelloRequest_ns = System.nanoTime();
        }

        private void write(byte[] b) {
            p.writeBytes(b, b.length);
        }

        private String connectedMessage() {
            String what = decoded.info() != null ? decoded.info().describe() : "sensor";
            return "connected: " + what + " on " + port + (decoder.mode() == StreamDecoder.Mode.TEXT ? " (text mode)" : "");
        }
    }
}
