package com.vayyari.wadb.sql;

import java.lang.reflect.Field;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import org.postgresql.core.BaseConnection;
import org.postgresql.jdbc.PgResultSetMetaData;

/**
 * The PostgreSQL type name of a result column, as the RowDescription message gave it.
 *
 * <p>pgjdbc's {@code getColumnTypeName} asks {@code isAutoIncrement} first (to say "serial" for an int4 with a
 * sequence default), and that runs a catalog query over every column of a result that comes from a table, the
 * first time on each connection: 5-20 ms on the first result of every {@code wadb search}/{@code chats} call,
 * with nothing in the output depending on it (serial and int4 print alike). So the name is taken from the
 * column's type OID, the way pgjdbc itself does it after that query. pgjdbc keeps the columns' descriptions in
 * a protected field; when a version of it no longer has it, its own (slower) answer is used.
 */
final class TypeNames {

    private static final Field FIELDS = declared("fields");
    private static final Field CONNECTION = declared("connection");

    private TypeNames() {
    }

    static String of(ResultSetMetaData meta, int column) throws SQLException {
        if (FIELDS != null && CONNECTION != null && meta instanceof PgResultSetMetaData) {
            try {
                org.postgresql.core.Field[] fields = (org.postgresql.core.Field[]) FIELDS.get(meta);
                BaseConnection connection = (BaseConnection) CONNECTION.get(meta);
                if (fields != null && connection != null && column >= 1 && column <= fields.length) {
                    return connection.getTypeInfo().getPGType(fields[column - 1].getOID());
                }
            } catch (IllegalAccessException | ClassCastException e) {
                // fall through to the driver's answer
            }
        }
        return meta.getColumnTypeName(column);
    }

    private static Field declared(String name) {
        try {
            Field field = PgResultSetMetaData.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
