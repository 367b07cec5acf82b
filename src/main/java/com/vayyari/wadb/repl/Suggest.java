package com.vayyari.wadb.repl;

import com.vayyari.wadb.meta.MetaCommand;
import com.vayyari.wadb.meta.MetaCommands;
import com.vayyari.wadb.repl.Suggestion.TableRef;
import com.vayyari.wadb.script.InputState;
import com.vayyari.wadb.script.Words;
import com.vayyari.wadb.session.PsetInfo;
import com.vayyari.wadb.sql.SqlToken.Kind;
import com.vayyari.wadb.sql.SqlToken;
import com.vayyari.wadb.sql.SqlTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which kinds of names fit at the cursor: pgcli's {@code suggest_type}, a pure function of the text. It knows
 * nothing of the database; {@link SqlCompleter} looks the names up.
 */
final class Suggest {

    /**
     * The answer: the kinds, where the word being completed starts in the text before the cursor, and whether that
     * word is an argument of a command line (shell-like quoting) rather than SQL.
     */
    record Result(List<Suggestion> kinds, int wordStart, boolean commandLine) {
        Result(List<Suggestion> kinds, int wordStart) {
            this(kinds, wordStart, false);
        }

        static Result none(int at) {
            return new Result(List.of(), at);
        }

        static Result argument(int at, Suggestion... kinds) {
            return new Result(List.of(kinds), at, true);
        }
    }

    private static final Set<String> TABLE_WORDS = Set.of("FROM", "JOIN", "INTO", "UPDATE", "TABLE", "TRUNCATE",
            "ONLY", "LATERAL");
    private static final Set<String> COLUMN_WORDS = Set.of("SELECT", "WHERE", "AND", "OR", "NOT", "ON", "BY",
            "HAVING", "SET", "DISTINCT", "WHEN", "THEN", "ELSE", "CASE", "RETURNING", "BETWEEN", "LIKE", "ILIKE",
            "IN", "USING");
    private static final Set<String> CLAUSES = Set.of("SELECT", "FROM", "WHERE", "BY", "HAVING", "SET", "VALUES",
            "RETURNING", "ON", "USING", "INTO");
    private static final Set<String> CHAT_COMMANDS = Set.of("exclude", "include", "messages");
    private static final Set<String> FILE_COMMANDS = Set.of("import");
    private static final Set<String> CHAT_OPTIONS = Set.of("--chat");
    private static final Set<String> FILE_OPTIONS = Set.of("-o", "--output", "-f", "--file");

    private final CommandShapes shapes;

    Suggest(CommandShapes shapes) {
        this.shapes = shapes;
    }

    /** Kinds for the text before the cursor, with no text after it. */
    Result at(String before) {
        return at(before, "");
    }

    /** Kinds for {@code before} the cursor; {@code after} only adds the tables named later in the statement. */
    Result at(String before, String after) {
        int lineStart = before.lastIndexOf('\n') + 1;
        String line = before.substring(lineStart);
        if (line.stripLeading().startsWith("\\")) {
            return meta(line, lineStart);
        }
        // A command line is words, not SQL: decided before SQL's quotes and backslashes are read into it
        // (in `search "say \"hi\""` SQL would see a backslash command), by the rule the runner uses.
        if (InputState.isCommandLine(line, statementPending(before.substring(0, lineStart)))) {
            return command(line, lineStart);
        }
        List<SqlToken> tokens = SqlTokenizer.tokens(before);
        int statementStart = statementStart(tokens);
        SqlToken last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (last != null && !last.terminated() && last.kind() != Kind.QUOTED_IDENTIFIER) {
            return Result.none(before.length());
        }
        return sql(tokens, statementStart, before, after);
    }

    /** True if {@code earlier} lines leave a statement unfinished, so the next line goes on with it. */
    private static boolean statementPending(String earlier) {
        List<SqlToken> tokens = SqlTokenizer.tokens(earlier);
        int start = statementStart(tokens);
        return tokens.stream().anyMatch(t -> t.start() >= start && (t.significant() || !t.terminated()));
    }

    /** Just after the last {@code ;}: completion looks at one statement. */
    private static int statementStart(List<SqlToken> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).kind() == Kind.SEMICOLON || tokens.get(i).kind() == Kind.BACKSLASH_COMMAND) {
                return tokens.get(i).end();
            }
        }
        return 0;
    }

    private Result sql(List<SqlToken> tokens, int statementStart, String before, String after) {
        int wordStart = wordStart(tokens, before.length());
        List<SqlToken> previous = new ArrayList<>();
        for (SqlToken token : tokens) {
            if (token.start() >= statementStart && token.end() <= wordStart && token.significant()) {
                previous.add(token);
            }
        }
        String word = before.substring(wordStart);
        if (word.startsWith(":") || word.startsWith("$")) {
            return Result.none(wordStart);
        }
        List<SqlToken> statement = new ArrayList<>(tokens.subList(firstAt(tokens, statementStart), tokens.size()));
        statement.addAll(untilSemicolon(SqlTokenizer.tokens(after)));
        List<TableRef> tables = TableRefs.in(statement);
        int dot = word.lastIndexOf('.');
        if (dot > 0) {
            return new Result(qualified(word.substring(0, dot), tables, previous), wordStart);
        }
        List<Suggestion> kinds = unqualified(previous, tables);
        // Nothing typed yet where a column fits, in a statement that names its tables: those columns alone
        // (pgcli's order, columns first), not every function and keyword, ~1,260 names to scroll through.
        // After "(" a subquery's SELECT may come as well (IN (, EXISTS (): all kinds stay.
        boolean open = !previous.isEmpty() && previous.get(previous.size() - 1).is("(");
        if (word.isEmpty() && !open && !tables.isEmpty() && !kinds.isEmpty()
                && kinds.get(0) instanceof Suggestion.Column) {
            return new Result(List.of(kinds.get(0)), wordStart);
        }
        return new Result(kinds, wordStart);
    }

    /** After {@code x.}: columns of the table or alias x, or else tables and functions of schema x. */
    private static List<Suggestion> qualified(String qualifier, List<TableRef> tables, List<SqlToken> previous) {
        String name = qualifier.startsWith("\"") ? qualifier.replace("\"", "") : qualifier.toLowerCase(Locale.ROOT);
        if (!tableContext(previous)) {
            List<TableRef> named = tables.stream().filter(t -> t.answersTo(name)).toList();
            if (!named.isEmpty()) {
                return List.of(new Suggestion.Column(named));
            }
        }
        return List.of(new Suggestion.Table(name), new Suggestion.Function(name));
    }

    private static List<Suggestion> unqualified(List<SqlToken> previous, List<TableRef> tables) {
        if (previous.isEmpty()) {
            return List.of(new Suggestion.Keyword(), new Suggestion.Command());
        }
        SqlToken p = previous.get(previous.size() - 1);
        if (tableContext(previous)) {
            return List.of(new Suggestion.Table(null), new Suggestion.Schema());
        }
        List<Suggestion> columns = List.of(new Suggestion.Column(tables), new Suggestion.Function(null),
                new Suggestion.Keyword());
        if (p.is(",")) {
            return "FROM".equals(clause(previous)) ? List.of(new Suggestion.Table(null), new Suggestion.Schema())
                    : columns;
        }
        if (p.kind() == Kind.WORD && COLUMN_WORDS.contains(upper(p))) {
            return columns;
        }
        if (p.is("*")) {
            return List.of(new Suggestion.Keyword());
        }
        if ((p.kind() == Kind.OPERATOR || p.kind() == Kind.CAST) && !p.is(")") && !p.is(".")) {
            return columns;
        }
        if (p.isWord("AS")) {
            return List.of();
        }
        return List.of(new Suggestion.Keyword());
    }

    private static boolean tableContext(List<SqlToken> previous) {
        if (previous.isEmpty()) {
            return false;
        }
        SqlToken p = previous.get(previous.size() - 1);
        return p.kind() == Kind.WORD && TABLE_WORDS.contains(upper(p));
    }

    /** The clause keyword the cursor is in, looking back past a list at the same parenthesis depth. */
    private static String clause(List<SqlToken> previous) {
        int depth = 0;
        for (int i = previous.size() - 1; i >= 0; i--) {
            SqlToken t = previous.get(i);
            if (t.is(")")) {
                depth++;
            } else if (t.is("(")) {
                if (depth-- == 0) {
                    return "(";
                }
            } else if (depth == 0 && t.kind() == Kind.WORD && CLAUSES.contains(upper(t))) {
                return upper(t);
            }
        }
        return "";
    }

    /** Where the identifier being typed starts: a run of words, quoted identifiers and dots touching the end. */
    private static int wordStart(List<SqlToken> tokens, int end) {
        int start = end;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            SqlToken t = tokens.get(i);
            boolean part = t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_IDENTIFIER || t.is(".")
                    || t.kind() == Kind.PARAMETER || t.kind() == Kind.VARIABLE;
            if (!part || t.end() != start) {
                break;
            }
            start = t.start();
        }
        return start;
    }

    private static int firstAt(List<SqlToken> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static List<SqlToken> untilSemicolon(List<SqlToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.SEMICOLON) {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }

    /** A domain command line: its options, or chats or files where its arguments are those. */
    private Result command(String line, int offset) {
        Words.Scan scan = Words.scan(line);
        int wordStart = scan.lastWordStart(line.length());
        List<String> words = finished(scan, wordStart).stream().map(Words.Word::value).toList();
        int at = offset + wordStart;
        if (words.isEmpty()) {
            return new Result(List.of(new Suggestion.Keyword(), new Suggestion.Command()), at);
        }
        String command = words.get(0).toLowerCase(Locale.ROOT);
        String word = line.substring(wordStart);
        if (command.equals("help")) {
            return words.size() == 1 ? Result.argument(at, new Suggestion.Command()) : Result.none(at);
        }
        String previous = words.size() > 1 ? words.get(words.size() - 1) : "";
        if (word.startsWith("-")) {
            return Result.argument(at, new Suggestion.CommandOption(command));
        }
        if (CHAT_OPTIONS.contains(previous)) {
            return Result.argument(at, new Suggestion.Chat());
        }
        if (FILE_OPTIONS.contains(previous)) {
            return Result.argument(at, new Suggestion.File());
        }
        if (previous.startsWith("-") && shapes.takesValue(command, previous)) {
            List<String> values = shapes.values(command, previous);
            return values.isEmpty() ? Result.none(at) : Result.argument(at, new Suggestion.Words(values, previous));
        }
        if (CHAT_COMMANDS.contains(command)) {
            return Result.argument(at, new Suggestion.Chat(), new Suggestion.CommandOption(command));
        }
        if (FILE_COMMANDS.contains(command)) {
            return Result.argument(at, new Suggestion.File(), new Suggestion.CommandOption(command));
        }
        return Result.argument(at, new Suggestion.CommandOption(command));
    }

    /** A backslash command: its name, or a file, or a saved query's name where its argument is one. */
    private static Result meta(String line, int offset) {
        int backslash = line.indexOf('\\');
        String text = line.substring(backslash);
        Words.Scan scan = Words.scan(text);
        int wordStart = scan.lastWordStart(text.length());
        List<Words.Word> words = finished(scan, wordStart);
        int at = offset + backslash + wordStart;
        if (words.isEmpty()) {
            return new Result(List.of(new Suggestion.MetaCommand()), offset + backslash);
        }
        // The name as typed: its backslash is no escape, whatever it would be in an argument.
        String name = text.substring(words.get(0).start() + 1, words.get(0).end());
        // What the argument is comes from the command's row in the one table, as dispatch and \? do.
        MetaCommand.ArgumentKind kind = MetaCommands.find(name).map(MetaCommand::completion)
                .orElse(MetaCommand.ArgumentKind.NONE);
        if (kind == MetaCommand.ArgumentKind.FILE) {
            return Result.argument(at, new Suggestion.File());
        }
        if (kind == MetaCommand.ArgumentKind.SAVED_QUERY && words.size() == 1) {
            return Result.argument(at, new Suggestion.SavedQuery());
        }
        if (kind == MetaCommand.ArgumentKind.FORMAT && words.size() == 1) {
            return Result.argument(at, new Suggestion.Words(PsetInfo.names(), "\\pset option"));
        }
        if (kind == MetaCommand.ArgumentKind.FORMAT && words.size() == 2) {
            String option = text.substring(words.get(1).start(), words.get(1).end());
            return Result.argument(at, new Suggestion.Words(PsetInfo.values(option), option));
        }
        if (kind == MetaCommand.ArgumentKind.ON_OFF && words.size() == 1) {
            return Result.argument(at, new Suggestion.Words(name.equals("x") ? PsetInfo.values("expanded")
                    : PsetInfo.values("footer"), "value"));
        }
        if (kind == MetaCommand.ArgumentKind.EXTENSION && words.size() == 1) {
            return Result.argument(at, new Suggestion.Extension());
        }
        if ((kind == MetaCommand.ArgumentKind.RELATION || kind == MetaCommand.ArgumentKind.FUNCTION) && words.size() == 1) {
            return describedName(kind, text.substring(wordStart), at);
        }
        return Result.none(at);
    }

    /**
     * A describe command's pattern ({@code \\d mes}, {@code \\df s2.ad}): relation or function names, of the
     * schema typed before a dot, or on the search path together with the schemas.
     */
    private static Result describedName(MetaCommand.ArgumentKind kind, String word, int at) {
        int dot = word.lastIndexOf('.');
        String schema = dot < 0 ? null : word.substring(0, dot);
        if (schema != null) {
            schema = schema.startsWith("\"") ? schema.replace("\"", "") : schema.toLowerCase(Locale.ROOT);
        }
        Suggestion names = kind == MetaCommand.ArgumentKind.FUNCTION ? new Suggestion.Function(schema)
                : new Suggestion.Table(schema);
        return schema == null ? new Result(List.of(names, new Suggestion.Schema()), at) : new Result(List.of(names), at);
    }

    /** The words before the one being typed, which starts at {@code wordStart}. */
    private static List<Words.Word> finished(Words.Scan scan, int wordStart) {
        return scan.words().stream().filter(w -> w.start() < wordStart).toList();
    }

    private static String upper(SqlToken token) {
        return token.text().toUpperCase(Locale.ROOT);
    }
}
