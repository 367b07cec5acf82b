package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.LANGUAGE;
import static com.vayyari.wadb.describe.DescribeCommand.Names.NONE;
import static com.vayyari.wadb.describe.DescribeCommand.Names.SETTING;
import static com.vayyari.wadb.describe.DescribeCommand.Names.TABLESPACE;

import java.util.List;

/**
 * {@code \db}, {@code \dconfig}, {@code \dL}, {@code \dy}, {@code \dl} and {@code \lo_list}: psql's
 * describeTablespaces, describeConfigurationParameters, listLanguages, listEventTriggers and listLargeObjects.
 */
final class ServerObjectLists {

    /** psql's printACLColumn: one privilege per line. */
    static final String ACCESS_PRIVILEGES = "pg_catalog.array_to_string(%s, E'\\n') AS \"Access privileges\"";

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("db", "S+", "\\db[+]  [PATTERN]", "list tablespaces", TABLESPACE, 1,
                    ServerObjectLists::tablespaces),
            new DescribeCommand("dconfig", "S+", "\\dconfig[+] [PATTERN]", "list configuration parameters", SETTING, 1,
                    ServerObjectLists::settings),
            new DescribeCommand("dl", "S+", "\\dl[+]", "list large objects, same as \\lo_list", NONE, 1,
                    (catalog, call) -> largeObjects(catalog, call.verbose())),
            new DescribeCommand("dL", "S+", "\\dL[S+] [PATTERN]", "list procedural languages", LANGUAGE, 1,
                    ServerObjectLists::languages),
            new DescribeCommand("dy", "S+", "\\dy[+]  [PATTERN]", "list event triggers", NONE, 1,
                    ServerObjectLists::eventTriggers),
            // psql reads two arguments after \lo_list and uses neither
            new DescribeCommand("lo_list", "+", "\\lo_list[+]", "list large objects", NONE, 2,
                    ServerObjectLists::largeObjectList));

    private ServerObjectLists() {
    }

    /** psql's describeTablespaces. */
    private static boolean tablespaces(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT spcname AS "Name",
                  pg_catalog.pg_get_userbyid(spcowner) AS "Owner",
                  pg_catalog.pg_tablespace_location(oid) AS "Location\"""");
        if (call.verbose()) {
            query.append(",\n  " + ACCESS_PRIVILEGES.formatted("spcacl") + """
                    ,
                      spcoptions AS "Options",
                      pg_catalog.pg_size_pretty(pg_catalog.pg_tablespace_size(oid)) AS "Size",
                      pg_catalog.shobj_description(oid, 'pg_tablespace') AS "Description\"""");
        }
        query.append("\nFROM pg_catalog.pg_tablespace\n");
        query.pattern(catalog, call.pattern(), false, null, "spcname", null, null, 1);
        query.append("ORDER BY 1;");
        catalog.list(query, "List of tablespaces");
        return true;
    }

    /** psql's describeConfigurationParameters: with no pattern, the parameters set away from their defaults. */
    private static boolean settings(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        CatalogQuery query = new CatalogQuery(
                "SELECT s.name AS \"Parameter\", pg_catalog.current_setting(s.name) AS \"Value\"");
        if (call.verbose()) {
            query.append(", s.vartype AS \"Type\", s.context AS \"Context\", " + ACCESS_PRIVILEGES.formatted("p.paracl"));
        }
        query.append("\nFROM pg_catalog.pg_settings s\n");
        if (call.verbose()) {
            query.append("  LEFT JOIN pg_catalog.pg_parameter_acl p\n  ON pg_catalog.lower(s.name) = p.parname\n");
        }
        if (pattern != null) {
            // psql checks no dots here: a dotted name such as plpgsql.extra_warnings is one parameter
            query.pattern(catalog, pattern, false, null, "pg_catalog.lower(s.name)", null, null, Integer.MAX_VALUE);
        } else {
            query.append("WHERE s.source <> 'default' AND\n      s.setting IS DISTINCT FROM s.boot_val\n");
        }
        query.append("ORDER BY 1;");
        catalog.list(query, pattern != null ? "List of configuration parameters"
                : "List of non-default configuration parameters");
        return true;
    }

    /** psql's listLanguages: without S or a pattern, only the languages with a call handler (not internal, c, sql). */
    private static boolean languages(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        CatalogQuery query = new CatalogQuery("""
                SELECT l.lanname AS "Name",
                       pg_catalog.pg_get_userbyid(l.lanowner) as "Owner",
                       l.lanpltrusted AS "Trusted\"""");
        if (call.verbose()) {
            query.append("""
                    ,
                           NOT l.lanispl AS "Internal language",
                           l.lanplcallfoid::pg_catalog.regprocedure AS "Call handler",
                           l.lanvalidator::pg_catalog.regprocedure AS "Validator",
                           l.laninline::pg_catalog.regprocedure AS "Inline handler",
                    """ + "       " + ACCESS_PRIVILEGES.formatted("l.lanacl"));
        }
        query.append("""
                ,
                       d.description AS "Description"
                FROM pg_catalog.pg_language l
                LEFT JOIN pg_catalog.pg_description d
                  ON d.classoid = l.tableoid AND d.objoid = l.oid
                  AND d.objsubid = 0
                """);
        query.pattern(catalog, pattern, false, null, "l.lanname", null, null, 2);
        if (!call.system() && pattern == null) {
            query.append("WHERE l.lanplcallfoid != 0\n");
        }
        query.append("ORDER BY 1;");
        catalog.list(query, "List of languages");
        return true;
    }

    /** psql's listEventTriggers. */
    private static boolean eventTriggers(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT evtname as "Name", evtevent as "Event", pg_catalog.pg_get_userbyid(e.evtowner) as "Owner",
                 case evtenabled when 'O' then 'enabled'  when 'R' then 'replica'  when 'A' then 'always'  \
                when 'D' then 'disabled' end as "Enabled",
                 e.evtfoid::pg_catalog.regproc as "Function", pg_catalog.array_to_string(array(select x \
                from pg_catalog.unnest(evttags) as t(x)), ', ') as "Tags\"""");
        if (call.verbose()) {
            query.append(",\npg_catalog.obj_description(e.oid, 'pg_event_trigger') as \"Description\"");
        }
        query.append("\nFROM pg_catalog.pg_event_trigger e ");
        query.pattern(catalog, call.pattern(), false, null, "evtname", null, null, 1);
        query.append("ORDER BY 1");
        catalog.list(query, "List of event triggers");
        return true;
    }

    private static boolean largeObjectList(Catalog catalog, DescribeCommand.Call call) {
        // psql's exec_command_lo knows only these two spellings, where \\d commands take any run of modifiers
        if (!call.name().equals("lo_list") && !call.name().equals("lo_list+")) {
            throw Catalog.failure("invalid command \\" + call.name());
        }
        return largeObjects(catalog, call.verbose());
    }

    /** psql's listLargeObjects ({@code \dl}, {@code \lo_list}): takes no pattern. */
    private static boolean largeObjects(Catalog catalog, boolean verbose) {
        CatalogQuery query = new CatalogQuery("""
                SELECT oid as "ID",
                  pg_catalog.pg_get_userbyid(lomowner) as "Owner",
                """ + "  ");
        if (verbose) {
            query.append(ACCESS_PRIVILEGES.formatted("lomacl") + ",\n  ");
        }
        query.append("""
                pg_catalog.obj_description(oid, 'pg_largeobject') as "Description"
                FROM pg_catalog.pg_largeobject_metadata
                ORDER BY oid""");
        catalog.list(query, "Large objects");
        return true;
    }
}
