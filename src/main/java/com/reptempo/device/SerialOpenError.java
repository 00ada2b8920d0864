package com.reptempo.device;

import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a failed open into a message that says what happened and what to do. */
final class SerialOpenError {
    static final int EACCES = 13;
    static final int EAGAIN = 11;
    static final int EBUSY = 16;
    static final int ENOENT = 2;

    private SerialOpenError() {
    }

    /**
     * @param port      the name or path the user gave
     * @param errno     jSerialComm's last error code (an errno on POSIX systems)
     * @param pathGiven true when {@code port} looks like a file path
     */
    static String message(String port, int errno, boolean pathGiven) {
        if (pathGiven && !Files.exists(Path.of(port))) {
            return "no serial port at " + port + ": is the sensor plugged in (or paired, for Bluetooth)? "
                    + "Run 'reptempo ports' to list the ports.";
        }
        return switch (errno) {
            case EACCES -> "permission denied for " + port + ". On Linux, add yourself to the 'dialout' group "
                    + "(sudo usermod -aG dialout $USER), then log out and in again.";
            case EAGAIN, EBUSY -> port + " is busy: another program (a serial monitor, another RepTempo) has it open. "
                    + "Close that program and try again.";
            case ENOENT -> "no serial port " + port + ". Run 'reptempo ports' to list the ports.";
            default -> "could not open " + port + (errno != 0 ? " (system error " + errno + ")" : "")
                    + ". Check the cable and that no other program uses the port.";
        };
    }
}
