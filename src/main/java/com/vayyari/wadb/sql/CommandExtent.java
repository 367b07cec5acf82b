package com.vayyari.wadb.sql;

/**
 * How far a backslash command reaches on its line, by psql's rules (psqlscanslash.l): the name runs to whitespace
 * or the next backslash, the arguments as {@link MetaArgs#end} says, and one {@code \\} right after them is eaten
 * so that SQL can follow on the same line.
 */
final class CommandExtent {

    private CommandExtent() {
    }

    /** The end of the name of the command whose backslash is at {@code backslash}. */
    static int nameEnd(String line, int backslash) {
        int end = backslash + 1;
        while (end < line.length() && !SqlChars.isSpace(line.charAt(end)) && line.charAt(end) != '\\') {
            end++;
        }
        return end;
    }

    /** The end of the arguments of the command whose name ends at {@code nameEnd}. */
    static int argsEnd(String line, int backslash, int nameEnd) {
        return MetaArgs.end(line, nameEnd, line.substring(backslash + 1, nameEnd));
    }

    /** Where SQL resumes after the arguments ending at {@code argsEnd}: past a {@code \\}, if one follows. */
    static int resumeAt(String line, int argsEnd) {
        return line.startsWith("\\\\", argsEnd) ? argsEnd + 2 : argsEnd;
    }

    /** Where SQL resumes after the whole command at {@code backslash}. */
    static int end(String line, int backslash) {
        int nameEnd = nameEnd(line, backslash);
        return resumeAt(line, argsEnd(line, backslash, nameEnd));
    }
}
