package com.vayyari.wadb.generate;

/**
 * When a run's data happens, in unix seconds: messages from {@code start} until shortly before {@code end}
 * ({@link GenerateOptions#end()}, the time of the run for {@code wadb generate}). The start is a whole number of
 * days from the UTC midnight a year before the end, so one seed gives the same data, shifted by whole days,
 * whatever the end: the nights without messages stay nights.
 */
record Timeline(long start, long end) {

    static final long DAY = 86_400;
    /** The last message is at least this long before the end, so the times that follow it are before it too. */
    static final long MARGIN = 60;

    /** Where the plan is first run from, to see where its last message falls. */
    static long provisionalStart(long end) {
        return Math.floorDiv(end, DAY) * DAY - MessagePlan.SPAN_SECONDS;
    }

    /** Whole days to move a plan run from the provisional start so its last message is in the day before the end. */
    static long shift(long end, long lastTimestamp) {
        return Math.floorDiv(end - MARGIN - lastTimestamp, DAY) * DAY;
    }

    /** The newest time a generated row may carry. */
    long latest() {
        return end - MARGIN;
    }

    /** The time {@code fraction} (0 to 1) of the way from the start to the latest time. */
    long at(double fraction) {
        return start + (long) (Math.max(0, latest() - start) * fraction);
    }
}
