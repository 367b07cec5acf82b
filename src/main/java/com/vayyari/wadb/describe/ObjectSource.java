package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.FUNCTION;
import static com.vayyari.wadb.describe.DescribeCommand.Names.VIEW;

import com.vayyari.wadb.exit.WadbException;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code \sf[+] FUNCTION} and {@code \sv[+] VIEW}: the command that would create the object again, as psql's
 * exec_command_sf_sv prints it; with {@code +}, the body's lines numbered.
 */
final class ObjectSource {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("sf", "+", "\\sf[+] FUNCNAME", "show a function's definition", FUNCTION, 1,
                    (catalog, call) -> show(catalog, call, true)),
            new DescribeCommand("sv", "+", "\\sv[+] VIEWNAME", "show a view's definition", VIEW, 1,
                    (catalog, call) -> show(catalog, call, false)));

    private ObjectSource() {
    }

    private static boolean show(Catalog catalog, DescribeCommand.Call call, boolean function) {
        String name = call.pattern() == null ? "" : call.pattern().strip();
        if (name.isEmpty()) {
            catalog.error(function ? "function name is required" : "view name is required");
            return false;
        }
        String type = !function ? "regclass" : name.indexOf('(') >= 0 ? "regprocedure" : "regproc";
        String oid = catalog.queryOrComplain("SELECT ?::pg_catalog.text::pg_catalog." + type + "::pg_catalog.oid",
                List.of(name)).map(result -> result.rows().get(0)[0]).orElse(null);
        if (oid == null) {
            return false;
        }
        String definition = function ? functionDefinition(catalog, oid) : viewDefinition(catalog, oid);
        if (definition == null) {
            return false;
        }
        if (!definition.endsWith("\n")) {
            definition += "\n";
        }
        try {
            Writer out = catalog.session().output().writer();
            out.write(call.verbose() ? numbered(definition, function) : definition);
            catalog.session().output().flush();
        } catch (IOException e) {
            throw WadbException.usage("could not write output: " + e.getMessage());
        }
        return true;
    }

    private static String functionDefinition(Catalog catalog, String oid) {
        // a number, not text: psql writes the OID unquoted here, and ECHO_HIDDEN shows it so
        return catalog.rows("SELECT pg_catalog.pg_get_functiondef(?::pg_catalog.oid)", List.of(Long.parseLong(oid))).get(0)[0];
    }

    private static String viewDefinition(Catalog catalog, String oid) {
        String[] view = catalog.rows("""
                SELECT nspname, relname, relkind, pg_catalog.pg_get_viewdef(c.oid, true), \
                pg_catalog.array_remove(pg_catalog.array_remove(c.reloptions,'check_option=local'),'check_option=cascaded') \
                AS reloptions, CASE WHEN 'check_option=local' = ANY (c.reloptions) THEN 'LOCAL'::text \
                WHEN 'check_option=cascaded' = ANY (c.reloptions) THEN 'CASCADED'::text ELSE NULL END AS checkoption, \
                pg_catalog.quote_ident(nspname) || '.' || pg_catalog.quote_ident(relname), \
                (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(option_name) || '=' || \
                pg_catalog.quote_literal(option_value), ', ') FROM pg_catalog.pg_options_to_table(\
                pg_catalog.array_remove(pg_catalog.array_remove(c.reloptions,'check_option=local'),'check_option=cascaded')))
                FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid \
                WHERE c.oid = ?::pg_catalog.oid""", List.of(oid)).get(0);
        if (!view[2].equals("v")) {
            catalog.error("\"" + view[0] + "." + view[1] + "\" is not a view");
            return null;
        }
        StringBuilder text = new StringBuilder("CREATE OR REPLACE VIEW ").append(view[6]);
        if (view[4] != null && view[4].length() > 2) {
            text.append("\n WITH (").append(view[7]).append(')');
        }
        text.append(" AS\n").append(view[3]);
        if (text.charAt(text.length() - 1) == ';') {
            text.setLength(text.length() - 1);  // pg_get_viewdef's semicolon
        }
        if (view[5] != null) {
            text.append("\n WITH ").append(view[5]).append(" CHECK OPTION");
        }
        return text.toString();
    }

    /**
     * psql's print_with_linenumbers: a function's header lines (before the line starting with AS, BEGIN or
     * RETURN) unnumbered, then every line numbered from 1; a view's lines all numbered.
     */
    static String numbered(String definition, boolean function) {
        StringBuilder out = new StringBuilder();
        boolean header = function;
        int number = 0;
        for (String line : definition.substring(0, definition.length() - 1).split("\n", -1)) {
            if (header && (line.startsWith("AS ") || line.startsWith("BEGIN ") || line.startsWith("RETURN "))) {
                header = false;
            }
            if (header) {
                out.append("        ").append(line).append('\n');
            } else {
                out.append(String.format("%-7d %s", ++number, line)).append('\n');
            }
        }
        return out.toString();
    }
}
