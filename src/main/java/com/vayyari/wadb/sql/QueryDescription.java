package com.vayyari.wadb.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Field;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Query;
import org.postgresql.core.QueryExecutor;
import org.postgresql.core.ResultCursor;
import org.postgresql.core.ResultHandlerBase;
import org.postgresql.core.SqlCommand;
import org.postgresql.core.Tuple;

/**
 * What psql's {@code \gdesc} asks: the columns a query would return, with their types and type modifiers, from a
 * Parse and a Describe of the query; it never runs. pgjdbc's {@code getMetaData} would do the same but reads
 * {@code ?} as its own placeholders and gives no type modifiers, so this asks its QueryExecutor directly, with
 * the text as typed and one parameter of unknown type per {@code $n} in it, as psql's PQprepare leaves them.
 */
public final class QueryDescription {

    /** One result column: its name, type OID and type modifier ({@code -1} for none). */
    public record Column(String name, long typeOid, int typmod) {
    }

    private QueryDescription() {
    }

    /** The columns {@code sql} would return; empty when it returns none. */
    public static List<Column> of(Connection connection, String sql) throws SQLException {
        QueryExecutor executor = connection.unwrap(BaseConnection.class).getQueryExecutor();
        Query query = executor.wrap(List.of(new NativeQuery(sql, parameterPositions(sql), false, SqlCommand.BLANK)));
        List<Column> columns = new ArrayList<>();
        executor.execute(query, query.createParameterList(), new ResultHandlerBase() {
            @Override
            public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor cursor) {
                for (Field field : fields) {
                    columns.add(new Column(field.getColumnLabel(), Integer.toUnsignedLong(field.getOID()),
                            field.getMod()));
                }
            }

            @Override
            public void handleWarning(java.sql.SQLWarning warning) {
                // parsing alone warns of nothing worth showing; psql's \gdesc shows no notices either
            }
        }, 0, 0, QueryExecutor.QUERY_DESCRIBE_ONLY | QueryExecutor.QUERY_ONESHOT | QueryExecutor.QUERY_SUPPRESS_BEGIN);
        return columns;
    }

    /** Where {@code $1 … $n} stand (n the highest number used), so that pgjdbc declares n parameters. */
    private static int[] parameterPositions(String sql) {
        List<SqlToken> parameters = new ArrayList<>();
        int highest = 0;
        for (SqlToken token : SqlTokenizer.lazily(sql)) {
            if (token.kind() == SqlToken.Kind.PARAMETER) {
                parameters.add(token);
                highest = Math.max(highest, number(token));
            }
        }
        int[] positions = new int[Math.min(highest, 65535)];
        for (SqlToken token : parameters) {
            int number = number(token);
            if (number >= 1 && number <= positions.length) {
                positions[number - 1] = token.start();
            }
        }
        return positions;
    }

    /** The n of {@code $n}; 0 when it is too large to be one (the server then says what is wrong). */
    private static int number(SqlToken parameter) {
        try {
            return Integer.parseInt(parameter.text().substring(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
