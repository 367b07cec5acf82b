package com.vayyari.wadb;

/** Java source with its comments (and, if asked, its string and character literals) blanked out. */
final class SourceText {

    private SourceText() {
    }

    /** The code and its literals: a rule about calls must not trip over a comment that names one. */
    static String withoutComments(String source) {
        return strip(source, false);
    }

    /** The code alone: a class named in a comment or a string is no dependency. */
    static String withoutCommentsAndStrings(String source) {
        return strip(source, true);
    }

    private static String strip(String s, boolean strings) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                int after = end < 0 ? s.length() : end + 3;
                out.append(strings ? "\"\"" : s.substring(i, after));
                i = after;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                int after = Math.min(end + 1, s.length());
                out.append(strings ? String.valueOf(c) + c : s.substring(i, after));
                i = after;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
