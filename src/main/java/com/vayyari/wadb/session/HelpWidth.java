package com.vayyari.wadb.session;

/**
 * How wide command help may be. picocli wraps at 80 columns by default, which on a wide terminal breaks lines in
 * the middle of an example; help is as wide as the screen it goes to instead (issue 17).
 */
public final class HelpWidth {

    /** picocli's narrowest usage width. */
    private static final int MINIMUM = 55;
    private static final int DEFAULT = 80;

    private HelpWidth() {
    }

    /**
     * {@code $COLUMNS} when set, else {@code screen} (the REPL's terminal, 0 when unknown), else the terminal on
     * stdout when there is one, else 80; never less than picocli's minimum.
     */
    public static int of(Invocation invocation, int screen) {
        int width = ScreenSinks.columns(invocation, screen);
        return width <= 0 ? DEFAULT : Math.max(MINIMUM, width);
    }
}
