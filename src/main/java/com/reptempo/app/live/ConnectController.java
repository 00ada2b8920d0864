package com.reptempo.app.live;

import com.reptempo.device.PortInfo;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * State of the connect screen: the serial ports (listed in the background), a typed device path,
 * or the demo sensor. Swing-free: work runs on {@code background}, state changes are published on
 * {@code ui} (the EDT in the program, the calling thread in tests).
 */
public final class ConnectController {
    /**
     * What the connect screen shows.
     *
     * @param ports        ports found, in the system's order
     * @param listing      true while ports are being listed
     * @param message      a problem listing ports, or a hint; empty when none
     * @param selectedPort index into ports, or -1
     * @param devicePath   the typed path (for ptys and Bluetooth ports not listed)
     * @param demo         true when the demo sensor is chosen
     */
    public record State(List<PortInfo> ports, boolean listing, String message, int selectedPort, String devicePath, boolean demo) {
        public State {
            ports = List.copyOf(ports);
        }

        /** True when a choice is complete. */
        public boolean canConnect() {
            return demo || selectedPort >= 0 || !devicePath.isBlank();
        }
    }

    private final Callable<List<PortInfo>> portLister;
    private final Executor background;
    private final Executor ui;
    private final Consumer<State> view;
    private State state = new State(List.of(), false, "", -1, "", false);

    public ConnectController(Callable<List<PortInfo>> portLister, Executor background, Executor ui, Consumer<State> view) {
        this.portLister = portLister;
        this.background = background;
        this.ui = ui;
        this.view = view;
    }

    public State state() {
        return state;
    }

    /** Lists the ports again in the background; with none found, offers the demo sensor. */
    public void refreshPorts() {
        publish(new State(state.ports(), true, "looking for sensors...", state.selectedPort(), state.devicePath(), state.demo()));
        background.execute(() -> {
            List<PortInfo> found;
            String message;
            try {
                found = portLister.call();
                message = found.isEmpty() ? "No sensor found. Plug it in or pair it, type its device path, or use the demo sensor." : "";
            } catch (Exception e) {
                // any failure of the native port listing must reach the user, not kill the screen
                found = List.of();
                message = "Could not list serial ports: " + e.getMessage() + ". You can still type a device path or use the demo sensor.";
            }
            List<PortInfo> ports = found;
            String msg = message;
            ui.execute(() -> publish(new State(ports, false, msg, ports.isEmpty() ? -1 : 0, state.devicePath(),
                    ports.isEmpty() && state.devicePath().isBlank() || state.demo())));
        });
    }

    public void selectPort(int index) {
        if (index < -1 || index >= state.ports().size()) throw new IndexOutOfBoundsException("no port " + index);
        publish(new State(state.ports(), state.listing(), state.message(), index, "", false));
    }

    public void typeDevicePath(String path) {
        publish(new State(state.ports(), state.listing(), state.message(), path.isBlank() ? state.selectedPort() : -1, path, false));
    }

    public void chooseDemo() {
        publish(new State(state.ports(), state.listing(), state.message(), state.selectedPort(), state.devicePath(), true));
    }

    /** The chosen source, for the given demo settings when the demo is chosen. */
    public SourceChoice choice(String demoExercise, boolean demoFaults) {
        if (state.demo()) return SourceChoice.demo(demoExercise, demoFaults);
        if (!state.devicePath().isBlank()) return SourceChoice.port(state.devicePath());
        if (state.selectedPort() >= 0) return SourceChoice.port(state.ports().get(state.selectedPort()).path());
        throw new IllegalStateException("nothing chosen yet");
    }

    private void publish(State s) {
        state = s;
        view.accept(s);
    }
}
