package com.reptempo.app.live;

import com.reptempo.device.PortInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectControllerTest {
    private static final Executor SAME_THREAD = Runnable::run;
    private final List<ConnectController.State> shown = new ArrayList<>();

    private ConnectController controller(List<PortInfo> ports) {
        return new ConnectController(() -> ports, SAME_THREAD, SAME_THREAD, shown::add);
    }

    @Test
    void listsPortsInTheBackgroundAndSelectsTheFirst() {
        ConnectController c = controller(List.of(new PortInfo("/dev/ttyACM0", "ttyACM0", "RepTempo sensor"),
                new PortInfo("/dev/ttyUSB0", "ttyUSB0", "USB serial")));
        c.refreshPorts();
        assertTrue(shown.get(0).listing(), "shows that it is looking");
        ConnectController.State s = c.state();
        assertFalse(s.listing());
        assertEquals(0, s.selectedPort());
        assertTrue(s.canConnect());
        assertEquals(SourceChoice.port("/dev/ttyACM0"), c.choice("routine", false));
        c.selectPort(1);
        assertEquals("/dev/ttyUSB0", c.choice("routine", false).port());
    }

    @Test
    void withNoPortsItOffersTheDemoSensor() {
        ConnectController c = controller(List.of());
        c.refreshPorts();
        assertTrue(c.state().demo());
        assertTrue(c.state().message().contains("demo sensor"));
        SourceChoice choice = c.choice("cobra-lift", true);
        assertTrue(choice.isDemo());
        assertEquals("cobra-lift", choice.demoExercise());
    }

    @Test
    void aTypedPathWinsOverTheListForPtysAndBluetooth() {
        ConnectController c = controller(List.of(new PortInfo("/dev/ttyS0", "ttyS0", "Physical Port S0")));
        c.refreshPorts();
        c.typeDevicePath("/tmp/pty-b");
        assertEquals(-1, c.state().selectedPort());
        assertEquals("/tmp/pty-b", c.choice("routine", false).port());
    }

    @Test
    void aFailingPortListIsShownNotThrown() {
        ConnectController c = new ConnectController(() -> {
            throw new IOException("native library blocked");
        }, SAME_THREAD, SAME_THREAD, shown::add);
        c.refreshPorts();
        assertTrue(c.state().message().contains("native library blocked"), c.state().message());
        assertTrue(c.state().canConnect(), "the demo sensor remains");
    }

    @Test
    void nothingChosenCannotConnect() {
        ConnectController c = controller(List.of());
        assertFalse(c.state().canConnect());
        assertThrows(IllegalStateException.class, () -> c.choice("routine", false));
    }
}
