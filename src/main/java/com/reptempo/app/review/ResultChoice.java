package com.reptempo.app.review;

/** Which result of a set the review shows. */
public enum ResultChoice {
    /** Re-analysed now from the raw samples with the current pipeline and prescription (as recorded when that is not available). */
    REANALYSED("re-analysed now"),
    /** As recorded at the time, judged against the prescription in force then. */
    AS_RECORDED("as recorded");

    private final String label;

    ResultChoice(String label) {
        this.label = label;
    }

    /** Plain words, e.g. "as recorded". */
    public String label() {
        return label;
    }
}
