package com.reptempo.app.live;

import com.reptempo.model.RepResult;
import com.reptempo.model.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ShownRepsTest {
    private static RepResult rep(int index, Side side) {
        return new RepResult(index, index * 10, index * 10 + 5, side, List.of(), List.of(), 0.9, 40, 0, 0.5);
    }

    @Test
    void aRepTakenBackLeavesTheCountAndTheRestAreNumberedAgain() {
        ShownReps shown = new ShownReps();
        shown.add(rep(1, Side.LEFT));
        shown.add(rep(2, Side.RIGHT));
        shown.add(rep(3, Side.LEFT));
        assertNull(shown.withdraw(4), "an announced movement that never became a rep is not shown");
        assertEquals(3, shown.size());
        RepResult gone = shown.withdraw(2);
        assertEquals(2, gone.index());
        assertEquals(2, shown.size());
        assertEquals(2, shown.onSide(Side.LEFT));
        assertEquals(2, shown.last().index(), "the last rep is numbered again");
        assertEquals(30, shown.last().start_s());
    }

    @Test
    void repsSkippedDuringAPauseKeepThePipelinesNumbers() {
        ShownReps shown = new ShownReps();
        shown.add(rep(1, null));
        // the pipeline's rep 2 came during a pause and was not shown
        RepResult third = shown.add(rep(3, null));
        assertEquals(2, third.index(), "the screen counts it second");
        assertNull(shown.withdraw(2));
        assertEquals(2, shown.withdraw(3).index());
        assertEquals(1, shown.size());
    }
}
