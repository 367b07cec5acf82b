package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** psql's listPublications, describePublications ({@code \dRp+}) and describeSubscriptions, byte for byte. */
class PublicationListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    /** A subscription that never connects: it needs no publisher, but blocks DROP DATABASE until dropped. */
    @BeforeAll
    static void subscribe() throws Exception {
        db.execute("CREATE SUBSCRIPTION describe_sub CONNECTION 'dbname=nowhere' PUBLICATION describe_pub, describe_all"
                + " WITH (connect = false)");
    }

    @AfterAll
    static void unsubscribe() throws Exception {
        db.execute("ALTER SUBSCRIPTION describe_sub DISABLE");
        db.execute("ALTER SUBSCRIPTION describe_sub SET (slot_name = NONE)");
        db.execute("DROP SUBSCRIPTION describe_sub");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\dRp", "\\dRp describe_pub", "\\dRp describe?pub", "\\dRp DESCRIBE_*", "\\dRpS",
            "\\dRp nosuch", "\\dRp a.b", "\\dRp+", "\\dRp+ describe_pub", "\\dRp+ describe_all", "\\dRp+ describe_filtered",
            "\\dRp+ describe_schema", "\\dRp+ nosuch", "\\dRp+ \"describe_pub\"", "\\dRs", "\\dRs+", "\\dRs describe*",
            "\\dRs nosuch", "\\dRs+ nosuch", "\\dRs a.b"})
    void listsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\set QUIET on\n\\dRp+ nosuch\n\\echo not reached", "\\pset null NULL\n\\dRs+",
            // psql's row count shows on a publication without footers, but not under \pset footer off
            "\\pset footer off\n\\dRp+ describe_all", "\\pset footer off\n\\dRp+ describe_pub"})
    void followsTheSettingsAsPsqlDoes(String script) throws Exception {
        PsqlOracle.script(script + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }
}
