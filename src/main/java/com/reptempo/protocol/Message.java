package com.reptempo.protocol;

/** A message of the wire protocol: from the device ({@link DeviceMessage}) or to it ({@link HostCommand}). */
public sealed interface Message permits DeviceMessage, HostCommand {
    /** The wire type code (PROTOCOL.md §4, §5). */
    int type();
}
