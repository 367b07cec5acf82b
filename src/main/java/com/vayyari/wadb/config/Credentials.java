package com.vayyari.wadb.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line of text holds a password in a form wadb's connection parsing reads one from, so that what keeps
 * secrets out of files (the REPL history) and what reads connection strings cannot disagree.
 *
 * <p>libpq's {@code key=value} strings ({@link ConnInfo}) and a URL's query name a password {@code password} (or
 * {@code sslpassword}); conninfo keys are never decoded, so that word is the only spelling there. A URL
 * ({@link ConnectionUrl}) also carries one as {@code user:password@}, the user possibly empty or percent-encoded,
 * before one or more hosts (IPv6 ones in brackets), and as a percent-encoded query key ({@code pass%77ord=}); those
 * are found by handing each URL in the line to {@link ConnectionUrl#parse}. A URL the parser refuses (a quote or
 * space inside it, a {@code /} in the password) counts as holding a password when a {@code :} comes after its
 * {@code ://} and an {@code @} after that anywhere in the line: a refused URL is rare, and the filter errs on the
 * side of keeping a line out.
 */
public final class Credentials {

    private static final Pattern PASSWORD_WORD = Pattern.compile("(?i)password");
    private static final Pattern URL_START = Pattern.compile("(?i)postgres(?:ql)?://");

    private Credentials() {
    }

    /** True if {@code text} holds, or may hold, a password in a form wadb would read as one. */
    public static boolean appearIn(String text) {
        if (PASSWORD_WORD.matcher(text).find()) {
            return true;
        }
        Matcher url = URL_START.matcher(text);
        while (url.find()) {
            if (urlHoldsPassword(text, url.start(), url.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean urlHoldsPassword(String text, int start, int afterScheme) {
        int end = afterScheme;
        while (end < text.length() && !endsUrl(text.charAt(end))) {
            end++;
        }
        String scheme = text.substring(start, afterScheme).toLowerCase(Locale.ROOT);
        try {
            return ConnectionUrl.parse(scheme + text.substring(afterScheme, end)).password() != null;
        } catch (IllegalArgumentException refused) {
            int colon = text.indexOf(':', afterScheme);
            return colon >= 0 && text.indexOf('@', colon) >= 0;
        }
    }

    /** Where a URL written in SQL, a backslash command or a shell word stops. */
    private static boolean endsUrl(char c) {
        return Character.isWhitespace(c) || c == '\'' || c == '"' || c == '`' || c == '<' || c == '>';
    }
}
