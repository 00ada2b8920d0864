package com.reptempo.device;

/** Where a sample source stands; shown to the user at all times. */
public enum LinkState {
    /** Opening the port or waiting for the device to answer. */
    CONNECTING,
    /** Samples are arriving. */
    CONNECTED,
    /** The port is open but nothing has arrived for a while (Bluetooth out of range, device off). */
    SIGNAL_LOST,
    /** The port went away (cable unplugged); trying to reopen it. */
    DISCONNECTED,
    /** A replay reached the end of its file, or the source was closed. */
    FINISHED,
    /** The source cannot work (no such port, busy, no permission); the message says what to do. */
    FAILED
}
