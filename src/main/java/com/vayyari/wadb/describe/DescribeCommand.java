package com.vayyari.wadb.describe;

import java.util.List;

/**
 * One describe command as psql's exec_command_d dispatches it: a name prefix, the letters that may follow it
 * ({@code S} for system objects, {@code +} for more detail, and the command's own, such as {@code \dtvi}), how many
 * patterns it reads, and its body.
 *
 * @param prefix    the command name without the backslash and modifiers ({@code dt}, {@code dconfig}, {@code l})
 * @param modifiers the letters that may follow the prefix, in any order
 * @param usage     as {@code \?} shows it
 * @param help      one line
 * @param names     what its pattern names, for completion
 * @param patterns  how many patterns it reads (psql warns about more)
 * @param handler   its body
 */
public record DescribeCommand(String prefix, String modifiers, String usage, String help, Names names, int patterns,
                              Handler handler) {

    /** What kind of object a command's pattern names, for completion. */
    public enum Names { NONE, RELATION, TABLE, INDEX, VIEW, SEQUENCE, FUNCTION, TYPE, SCHEMA, ROLE, DATABASE, EXTENSION,
        PUBLICATION, SUBSCRIPTION, TABLESPACE, ACCESS_METHOD, LANGUAGE, SETTING }

    /** A command's body: prints what psql prints; true where psql's function returns true. */
    @FunctionalInterface
    public interface Handler {
        boolean run(Catalog catalog, Call call);
    }

    /**
     * One use of a command.
     *
     * @param name     the name as typed, modifiers included ({@code dtS+})
     * @param patterns the patterns given, at most {@link #patterns()}
     */
    public record Call(String name, List<String> patterns) {

        /** The first pattern, or null. */
        public String pattern() {
            return patterns.isEmpty() ? null : patterns.get(0);
        }

        /** The second pattern, or null. */
        public String pattern2() {
            return patterns.size() < 2 ? null : patterns.get(1);
        }

        /** {@code +}: more columns and detail. */
        public boolean verbose() {
            return name.indexOf('+') >= 0;
        }

        /** {@code S}: system objects too. */
        public boolean system() {
            return name.indexOf('S') >= 0;
        }

        /** Whether {@code letter} was among the modifiers typed (e.g. {@code \\dfa}). */
        public boolean has(char letter, String prefix) {
            return name.indexOf(letter, prefix.length()) >= 0;
        }
    }

    /**
     * The {@code \d} commands whose next letter psql checks (it picks a sub-command or a kind): there an unknown
     * letter makes an invalid command.
     */
    private static final java.util.Set<String> CHECKS_NEXT_LETTER = java.util.Set.of("d", "dA", "dF", "df", "dP");

    /**
     * Whether {@code typed} names this command: the prefix, then this command's modifiers. Past its first letters
     * psql's exec_command_d reads only the letters it knows and ignores the rest ({@code \dtx} is {@code \dt},
     * {@code \dnfoo} is {@code \dn}), except where it checks the next letter; the other commands ({@code \l},
     * {@code \z}, {@code \sf}, {@code \lo_list}) are taken only as written.
     */
    boolean accepts(String typed) {
        if (!typed.startsWith(prefix)) {
            return false;
        }
        String rest = typed.substring(prefix.length());
        if (rest.chars().allMatch(ch -> modifiers.indexOf(ch) >= 0)) {
            return true;
        }
        if (!prefix.startsWith("d")) {
            return false;
        }
        return !CHECKS_NEXT_LETTER.contains(prefix) || modifiers.indexOf(rest.charAt(0)) >= 0;
    }
}
