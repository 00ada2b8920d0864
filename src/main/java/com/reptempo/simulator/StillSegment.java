package com.reptempo.simulator;

/** Lying (or standing) still: only breathing and tremor move the sensor. */
record StillSegment(BodyState state, double start_s, double end_s) implements Segment {
    @Override
    public BodyPose pose(double t_s) {
        return state.pose();
    }

    @Override
    public BodyState endState() {
        return state;
    }
}
