package com.reptempo.protocol;

import java.util.Map;

/**
 * A {@code #reptempo key=value ...} line of text mode (PROTOCOL.md §7). Values are the strings as
 * sent; absent keys are null.
 */
public record TextHello(String rate, String accel, String gyro, String model, String placement) {
    static TextHello of(Map<String, String> kv) {
        return new TextHello(kv.get("rate"), kv.get("accel"), kv.get("gyro"), kv.get("model"), kv.get("placement"));
    }
}
