package com.reptempo.protocol;

/** Commands the host sends to the device (PROTOCOL.md §5). */
public sealed interface HostCommand extends Message {

    /** START_STREAM: send HELLO, then samples. */
    record StartStream() implements HostCommand {
        @Override
        public int type() {
            return Wire.TYPE_START_STREAM;
        }
    }

    /** STOP_STREAM: stop sending samples. */
    record StopStream() implements HostCommand {
        @Override
        public int type() {
            return Wire.TYPE_STOP_STREAM;
        }
    }

    /** SET_RATE: change the sample rate, Hz (1..65535 on the wire). */
    record SetRate(int rate_hz) implements HostCommand {
        @Override
        public int type() {
            return Wire.TYPE_SET_RATE;
        }
    }

    /** IDENTIFY: blink the LED for this many seconds. */
    record Identify(int seconds) implements HostCommand {
        @Override
        public int type() {
            return Wire.TYPE_IDENTIFY;
        }
    }

    /** PING: the device answers with an ACK carrying the same token. */
    record Ping(long token) implements HostCommand {
        @Override
        public int type() {
            return Wire.TYPE_PING;
        }
    }

    /** GET_HELLO: the device answers with a HELLO. */
    record GetHello() implements HostCommand {
        @Override
        public int type() {
            return Wire.TYPE_GET_HELLO;
        }
    }
}
