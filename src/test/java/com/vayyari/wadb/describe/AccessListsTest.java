package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * psql's permissionsList ({@code \dp}, {@code \z}), listDefaultACLs ({@code \ddp}), objectDescription
 * ({@code \dd}), listSchemas ({@code \dn}), listAllDbs ({@code \l}), describeRoles ({@code \du}, {@code \dg}),
 * listDbRoleSettings ({@code \drds}) and listPartitionedTables ({@code \dP}), byte for byte. Databases and roles
 * are the cluster's, shared with tests running alongside, so those lists are asked for this database's name and
 * the fixture's describe_* roles.
 */
class AccessListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\dp", "\\z", "\\dp+", "\\dp parent", "\\z child*", "\\dp s2.*", "\\dp \"Mixed Case\".*",
            "\\dp pg_catalog.pg_class", "\\z nosuch", "\\dp a.b.c.d", "\\dp otherdb.public.parent",
            "\\ddp", "\\ddp s2", "\\ddp describe_owner", "\\ddp nosuch", "\\ddp a.b.c.d",
            "\\dd", "\\ddS", "\\dd code*", "\\dd child_keep", "\\dd public.*", "\\dd posint_check", "\\ddS pg_catalog.int4_ops"})
    void listsPrivilegesAndCommentsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\dn", "\\dn+", "\\dnS", "\\dnS+", "\\dn s2", "\\dn+ s2", "\\dn \"Mixed Case\"", "\\dn s?",
            "\\dn x.s2", "\\dn *", "\\dn a.b.c", "\\dn public", "\\dn nosuch",
            "\\dP", "\\dPt", "\\dPi", "\\dPn", "\\dP+", "\\dPn+", "\\dPtn+", "\\dPi+", "\\dP measurements*", "\\dPt s2.*",
            "\\dP a.b.c.d"})
    void listsSchemasAndPartitionsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\du describe_*", "\\du postgres", "\\du+ describe_*", "\\dg describe_*", "\\duS describe_*",
            "\\dgS+ describe_owner", "\\du nosuch", "\\du describe_owner.x", "\\du \"describe_reader\"",
            "\\drds describe_owner %s", "\\drds * %s", "\\drdsS * %s", "\\drds nosuch", "\\drds nosuch nosuch",
            "\\drds describe_owner.x", "\\l %s", "\\l+ %s", "\\list %s", "\\list+ %s", "\\l %s.x", "\\l nosuch"})
    void listsClusterObjectsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command.formatted(db.name())).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\t on\n\\dp parent", "\\set QUIET on\n\\drds nosuch", "\\set ECHO_HIDDEN on\n\\dn+",
            "\\set ECHO_HIDDEN noexec\n\\dp\n\\z\n\\ddp\n\\dd\n\\echo :ERROR", "\\set ECHO_HIDDEN noexec\n\\ddS\n\\dn+\n\\dnS",
            "\\set ECHO_HIDDEN noexec\n\\l+\n\\l\n\\du+\n\\dg\n\\drds", "\\set ECHO_HIDDEN noexec\n\\dP+\n\\dPn+\n\\dPi\n\\dPt",
            "\\pset null NULL\n\\dn+", "\\dn s2 extra\n\\drds a b c",
            "SET TimeZone = 'Asia/Tokyo';\n\\du describe_expiring", "\\pset footer off\n\\dn s2\n\\du describe_*",
            "\\t on\n\\dn s2", "\\pset format html\n\\dn s2"})
    void followsTheSettingsAsPsqlDoes(String script) throws Exception {
        PsqlOracle.script(script + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }
}
