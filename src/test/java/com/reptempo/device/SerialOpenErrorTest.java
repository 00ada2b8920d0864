package com.reptempo.device;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SerialOpenErrorTest {
    @Test
    void permissionDeniedPointsAtTheDialoutGroup() {
        String m = SerialOpenError.message("/dev/null", SerialOpenError.EACCES, true);
        assertTrue(m.contains("permission denied") && m.contains("dialout") && m.contains("usermod"), m);
    }

    @Test
    void busyNamesTheLikelyCulprit() {
        String m = SerialOpenError.message("COM3", SerialOpenError.EBUSY, false);
        assertTrue(m.contains("busy") && m.contains("another program"), m);
    }

    @Test
    void aMissingPathSaysToPlugInAndListPorts() {
        String m = SerialOpenError.message("/dev/ttyACM99", 0, true);
        assertTrue(m.contains("plugged in") && m.contains("reptempo ports"), m);
    }
}
