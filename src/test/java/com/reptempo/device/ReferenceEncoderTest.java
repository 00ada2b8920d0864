package com.reptempo.device;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the C reference encoder's own test against the golden vectors (make -C firmware-protocol/c test). */
class ReferenceEncoderTest {
    @Test
    void theCReferenceEncoderReproducesEveryGoldenVector() throws Exception {
        PtyPair.requireTool("make");
        PtyPair.requireTool("gcc");
        Process make = new ProcessBuilder("make", "-s", "-C", FakeDevice.C_DIR.toString(), "test").redirectErrorStream(true).start();
        String out = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(make.waitFor(120, TimeUnit.SECONDS), "make test timed out");
        assertEquals(0, make.exitValue(), out);
        assertTrue(out.matches("(?s).*\\b[1-9]\\d* passed, 0 failed.*"), out);
    }
}
