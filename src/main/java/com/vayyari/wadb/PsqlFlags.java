package com.vayyari.wadb;

import com.vayyari.wadb.config.ConnectionResolver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** psql's flags that change how wadb starts and runs its input rather than where it connects or prints. */
final class PsqlFlags {

    @Option(names = {"-w", "--no-password"}, description = "Never prompt for a password (wins over -W).")
    boolean noPassword;

    @Option(names = {"-l", "--list"}, description = "List the databases (as \\l does), then exit.")
    boolean list;

    @Option(names = {"-L", "--log-file"}, paramLabel = "FILE",
            description = "Also append every query and its results (aligned) to FILE.")
    Path logFile;

    @Option(names = {"-n", "--no-readline"}, description = "No line editing, completion or history in the REPL.")
    boolean noReadline;

    @Option(names = {"-1", "--single-transaction"},
            description = "Run -c/-f/stdin input in one transaction (rolled back after an error that stops it).")
    boolean singleTransaction;

    @Option(names = {"-P", "--pset"}, paramLabel = "NAME=VALUE",
            description = "Set a printing option as \\pset does: format, null, tuples_only, footer, expanded, fieldsep, pager.")
    List<String> printSettings = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "DBNAME [USERNAME]",
            description = "Database name (or connection string) and role name, as psql takes them.")
    List<String> positional = new ArrayList<>();

    /**
     * psql's {@code DBNAME} would take {@code wadb serach x} as a database to connect to; a first word one slip
     * from a command is far likelier a mistyped command, so it is refused with the command it was meant to be.
     */
    void refuseMistypedCommand() {
        String near = positional.isEmpty() ? null : com.vayyari.wadb.command.Commands.nearest(positional.get(0));
        if (near != null) {
            throw com.vayyari.wadb.exit.WadbException.usage("no command \"" + positional.get(0) + "\" (did you mean "
                    + near + "?); for a database so named, use -d " + positional.get(0));
        }
    }

    /**
     * The connection flags with psql's positional {@code DBNAME [USERNAME]}: the first word fills the database
     * when {@code -d} did not, the next the role when {@code -U} did not; further words are ignored with a warning.
     */
    ConnectionResolver.Flags connectionFlags(String url, String host, Integer port, String user, String database,
                                             boolean quiet, PrintStream stderr) {
        String db = database;
        String role = user;
        for (String word : positional) {
            if (db == null) {
                db = word;
            } else if (role == null) {
                role = word;
            } else if (!quiet) {
                stderr.println("wadb: warning: extra command-line argument \"" + word + "\" ignored");
            }
        }
        if (list && db == null && url == null) {
            db = "postgres";  // as psql -l: a database that is always there
        }
        return new ConnectionResolver.Flags(url, host, port, role, db);
    }
}
