package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TypeNamesTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void theWireTypeOfEveryColumnWithoutTheDriversSerialLookup() throws Exception {
        db.execute("CREATE DOMAIN positive AS int CHECK (VALUE > 0)");
        db.execute("CREATE TYPE mood AS ENUM ('ok', 'sad')");
        db.execute("CREATE TABLE t (id serial, big bigserial, doc jsonb, j json, tags text[], n numeric(5,2),"
                + " p positive, m mood, at timestamptz, flag boolean)");
        db.execute("INSERT INTO t (doc, j, tags, n, p, m, at, flag) VALUES ('{}', '[]', '{a}', 1.5, 1, 'ok', now(), true)");
        List<String> ours = new ArrayList<>();
        List<String> drivers = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT t.*, 1 AS one, 'x'::varchar AS v FROM t")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                ours.add(TypeNames.of(meta, i));  // first: the driver's answer below runs its catalog query
            }
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                drivers.add(meta.getColumnTypeName(i));
            }
        }
        // What the server sent: a domain column arrives as its base type, as in psql's \\gdesc.
        assertEquals(List.of("int4", "int8", "jsonb", "json", "_text", "numeric", "int4", "mood", "timestamptz",
                "bool", "int4", "varchar"), ours);
        // The driver's names differ only where it looked up the sequence default.
        assertEquals(List.of("serial", "bigserial", "jsonb", "json", "_text", "numeric", "int4", "mood", "timestamptz",
                "bool", "int4", "varchar"), drivers);
    }
}
