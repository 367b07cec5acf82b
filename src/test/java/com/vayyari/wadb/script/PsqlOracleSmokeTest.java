package com.vayyari.wadb.script;

import com.vayyari.wadb.support.PsqlOracle;
import org.junit.jupiter.api.Test;

/** The oracle harness itself: plain SQL through every door prints what psql prints. */
class PsqlOracleSmokeTest {

    @Test
    void plainSqlMatchesThroughEveryDoor() throws Exception {
        String script = "create table t (id int, note text);\ninsert into t values (1, 'a'), (2, null);\nselect * from t order by id;\n";
        PsqlOracle.script(script).viaFile().assertSame();
        PsqlOracle.script(script).viaStdin().assertSame();
    }
}
