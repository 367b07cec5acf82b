package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What lifts or gets round a read-only session, read from tokens: disguises (comments, case, quoted and
 * schema-qualified names, Unicode escapes, a second statement) find it all the same, and the same words in
 * strings, comments or ordinary statements are left alone.
 */
class ReadOnlyEscapesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "alter system set work_mem = '1MB'                                      | ALTER SYSTEM",
        "/* x */ ALTER /* y */ system reset all                                 | ALTER SYSTEM",
        "select 1; alter system set work_mem = '1MB'                            | ALTER SYSTEM",
        "select 1 \\; alter system reset all                                    | ALTER SYSTEM",
        "vacuum                                                                 | VACUUM",
        "VACUUM (analyze) chats                                                 | VACUUM",
        "analyse chats                                                          | ANALYSE",
        "reindex table chats                                                    | REINDEX",
        "cluster chats                                                          | CLUSTER",
        "checkpoint                                                             | CHECKPOINT",
        "refresh materialized view v                                            | REFRESH MATERIALIZED VIEW",
        "do $$ begin perform 1; end $$                                          | DO (code wadb cannot check)",
        "copy chats to '/tmp/x'                                                 | COPY to or from a server file or program",
        "copy (select 1) to program 'cat > /tmp/x'                              | COPY to or from a server file or program",
        "COPY chats FROM '/etc/passwd'                                          | COPY to or from a server file or program",
        "copy chats (jid, name) from program 'echo'                             | COPY to or from a server file or program",
        "set default_transaction_read_only = off                                | SET default_transaction_read_only",
        "SET SESSION \"Default_Transaction_Read_Only\" TO DEFAULT                 | SET default_transaction_read_only",
        "set local transaction_read_only to off                                 | SET transaction_read_only",
        "set default_transaction_read_only = on, off                            | SET default_transaction_read_only",
        "set default_transaction_read_only = 'o' 'n'                            | SET default_transaction_read_only",
        "set default_transaction_read_only to default                           | SET default_transaction_read_only",
        "reset default_transaction_read_only                                    | RESET default_transaction_read_only",
        "set U&\"default\\005ftransaction_read_only\" = off                       | SET default_transaction_read_only",
        "set U&\"default!005ftransaction_read_only\" uescape '!' = off           | SET default_transaction_read_only",
        "set session characteristics as transaction read write                  | SET … READ WRITE",
        "set transaction isolation level serializable, read /* */ write         | SET … READ WRITE",
        "begin read write                                                       | BEGIN … READ WRITE",
        "start transaction isolation level read committed read write            | START … READ WRITE",
        "select lo_import('/etc/hostname')                                      | lo_import()",
        "SeLeCt pg_catalog . lo_create (0)                                      | lo_create()",
        "select \"pg_catalog\".\"lo_from_bytea\"(0, 'x')                         | lo_from_bytea()",
        "select * from lo_unlink /* c */ (1)                                    | lo_unlink()",
        "select lowrite(lo_open(1, 131072), 'x')                                | lowrite()",
        "select lo_export(1, '/tmp/x')                                          | lo_export()",
        "select query_to_xml('select 1', true, false, '')                      | query_to_xml()",
        "copy (select lo_import('/etc/hostname')) to stdout                     | lo_import()",
        "select set_config('default_transaction_read_only', 'off', false)       | set_config()",
        "SeLeCt \"set_config\"('DEFAULT_TRANSACTION_READ_ONLY','off',false)       | set_config()",
        "select pg_catalog.set_config('transaction_read_only', 'off', true)     | set_config()",
        "select set_config($$default_transaction_read_only$$, 'off', false)     | set_config()",
        "`select set_config('default_' || 'transaction_read_only', 'off', false)` | set_config()",
        "select set_config(E'default\\x5ftransaction_read_only', 'off', false)  | set_config()",
        "select set_config(name, 'off', false) from names                       | set_config()",
        "select U&\"set\\005fconfig\"('transaction_read_only', 'off', false) | set_config()",
    })
    void refused(String sql, String what) {
        assertEquals(Optional.of(what), ReadOnlyEscapes.find(sql), sql);
    }

    /** Any text at all, cut off anywhere: an answer, never an exception (the guard runs before every statement). */
    @Test
    void everyFuzzScriptAndCorpusTextGetsAnAnswer() throws Exception {
        Random random = new Random(0x5EED_0016L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            texts.add(SplitterFuzzTest.script(random, i % 2 == 0));
        }
        Corpus.all().map(Corpus::text).forEach(texts::add);
        texts.addAll(List.of("set U&\"a\" uescape", "select set_config($$", "select set_config('", "copy t to",
                "select U&\"\\+0000\"(", "select U&\"\\zz\"("));
        for (String text : texts) {
            for (int end : new int[] {text.length(), text.length() / 2, text.length() / 3}) {
                String cut = text.substring(0, end);
                assertNotNull(assertDoesNotThrow(() -> ReadOnlyEscapes.find(cut), cut));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select * from chats",
        "select 'alter system; vacuum; lo_import(1)' -- alter system\n",
        "/* vacuum */ select $$ set default_transaction_read_only = off $$",
        "explain analyze select 1",
        "show default_transaction_read_only",
        "copy chats to stdout with (format csv)",
        "copy (select 1) to stdout",
        "copy chats from stdin",
        "begin read only",
        "start transaction isolation level serializable",
        "set transaction read only",
        "set session characteristics as transaction read only",
        "set search_path = public",
        "set default_transaction_read_only = on",
        "SET SESSION transaction_read_only TO 'TRUE'",
        "select set_config('search_path', 'public', false)",
        "select set_config($q$application_name$q$, 'x', false)",
        "select lo_get(1)",
        "select \"lo_import\" from t",
        "alter table chats add column x int",
        "insert into chats (jid) values ('x')",
        "",
    })
    void leftToTheServer(String sql) {
        assertEquals(Optional.empty(), ReadOnlyEscapes.find(sql), sql);
    }
}
