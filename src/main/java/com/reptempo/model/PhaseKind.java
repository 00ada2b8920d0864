package com.reptempo.model;

/** Whether a phase is a movement (the body moves through a range) or a hold (kept still). */
public enum PhaseKind { MOVEMENT, HOLD }
