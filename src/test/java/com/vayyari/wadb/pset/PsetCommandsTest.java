package com.vayyari.wadb.pset;

import com.vayyari.wadb.support.PsqlOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code \pset} and the commands that are a {@code \pset} of one option, compared with psql 15: what each says, what
 * it refuses and with which message, the listing of {@code \pset} alone, and the same options given as
 * {@code -P name=value} and as {@code \g (name=value ...)}.
 */
class PsetCommandsTest {

    private static void same(String script, String... flags) throws Exception {
        PsqlOracle.script(script).setup(PsetFormatsTest.VALUES).args("-v", "ON_ERROR_STOP=0").args(flags).assertSame();
    }

    @Test
    void eachOptionSaysWhatItSetAndAloneListsThemAll() throws Exception {
        same("""
                \\pset
                \\pset border 2
                \\pset border
                \\pset border x
                \\pset columns 40
                \\pset columns
                \\pset columns 0
                \\pset csv_fieldsep ;
                \\pset expanded auto
                \\pset expanded
                \\pset vertical on
                \\x
                \\x AUTO
                \\x off
                \\pset fieldsep '#'
                \\pset fieldsep_zero
                \\pset fieldsep
                \\pset footer
                \\pset footer on
                \\pset format wr
                \\pset format LaTeX-long
                \\pset format
                \\pset linestyle u
                \\pset linestyle old
                \\pset linestyle
                \\pset null '<it''s>'
                \\pset numericlocale
                \\pset numericlocale off
                \\pset pager off
                \\pset pager always
                \\pset pager
                \\pset pager_min_lines 1
                \\pset pager_min_lines 7
                \\pset recordsep '\\n'
                \\pset recordsep ;
                \\pset recordsep_zero
                \\pset tableattr 'class="x"'
                \\T
                \\pset title 'line one\\nline two'
                \\C
                \\C 'a title'
                \\pset t
                \\t
                \\pset tuples_only yes
                \\pset unicode_border_linestyle d
                \\pset unicode_column_linestyle double
                \\pset unicode_header_linestyle single
                \\pset
                \\a
                \\a
                \\H
                \\a
                \\H
                \\H
                """);
    }

    @Test
    void badNamesAndValuesGetPsqlsMessages() throws Exception {
        same("""
                \\pset nonesuch
                \\pset format a
                \\pset format x
                \\pset format ''
                \\pset linestyle dotted
                \\pset unicode_border_linestyle thick
                \\pset unicode_column_linestyle thick
                \\pset unicode_header_linestyle thick
                \\pset expanded sometimes
                \\x maybe
                \\pset pager sometimes
                \\pset tuples_only maybe
                \\pset footer maybe
                \\pset numericlocale maybe
                \\pset csv_fieldsep ''
                \\pset csv_fieldsep '\\0'
                \\pset csv_fieldsep ',,'
                \\pset csv_fieldsep '"'
                \\pset csv_fieldsep '\\n'
                \\pset csv_fieldsep é
                \\pset
                """);
    }

    @Test
    void expandedAutoTurnsExpandedOnlyWhenTheTableIsWiderThanTheColumns() throws Exception {
        same("""
                \\x auto
                select 1 as a, 2 as b;
                \\pset columns 20
                select 1 as a, 2 as b;
                select * from t;
                select n from t;
                \\pset format wrapped
                select * from t;
                \\pset columns 200
                select * from t;
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"border=2", "linestyle=unicode", "format=wrapped", "columns=30", "expanded=auto",
            "numericlocale", "title=Hello", "csv_fieldsep=;", "format=latex", "unicode_border_linestyle=double",
            "tuples_only", "footer=off", "null=NULL", "border=x", "format=nonesuch", "nonesuch=1"})
    void dashPSetsTheSameOptions(String setting) throws Exception {
        PsqlOracle.script("\\pset linestyle unicode\nselect * from t;\n\\pset format csv\nselect * from t;\n")
                .setup(PsetFormatsTest.VALUES).args("-P", setting).assertSame();
    }

    @Test
    void gTakesTheOptionsForOneQuery() throws Exception {
        same("""
                select 1 as one, 2 as two \\g (format=csv csv_fieldsep='\\t')
                \\g
                select n, h from t \\gx (title='foo bar' border=2 linestyle=unicode)
                \\g (expanded=auto columns=10 numericlocale)
                \\g ( format=asciidoc )
                \\g (nonesuch=1)
                \\g (border=2 format=x)
                \\g (linestyle=unicode
                \\g
                \\pset
                """);
    }
}
