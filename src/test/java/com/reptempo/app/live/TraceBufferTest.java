package com.reptempo.app.live;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TraceBufferTest {
    @Test
    void handsOutOnlyNewPointsInOrder() {
        TraceBuffer b = new TraceBuffer(10);
        b.add(0, 1);
        b.add(1, 2);
        assertArrayEquals(new double[]{1, 2}, b.takeNew().value());
        assertEquals(0, b.takeNew().size());
        b.add(2, 3);
        assertArrayEquals(new double[]{2}, b.takeNew().t_s());
    }

    @Test
    void keepsOnlyTheLastCapacityPointsWhenTheScreenFallsBehind() {
        TraceBuffer b = new TraceBuffer(4);
        for (int i = 0; i < 100; i++) b.add(i, i);
        assertArrayEquals(new double[]{96, 97, 98, 99}, b.takeNew().t_s());
    }
}
