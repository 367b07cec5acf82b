package com.vayyari.wadb.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes a PostgreSQL array's text output ({@code {1,2,NULL}}, {@code {"a b",c}}, {@code {{1,2},{3,4}}},
 * {@code [0:1]={5,6}}) as the JSON array {@code row_to_json} makes of it: nested the same way, bounds dropped,
 * unquoted {@code NULL} as null, each element written by the element type's {@link JsonValue}.
 */
final class PgArrayLiteral {

    private PgArrayLiteral() {
    }

    /** The element type behind an array type name ({@code _int4} to {@code int4}). */
    static String elementType(String arrayTypeName) {
        return arrayTypeName.startsWith("_") ? arrayTypeName.substring(1) : arrayTypeName;
    }

    /** array_out separates elements with the type's delimiter: a semicolon for box, a comma for the rest. */
    static char delimiter(String elementType) {
        return elementType.equals("box") ? ';' : ',';
    }

    static void write(JsonGenerator json, String literal, char delimiter, JsonValue element) throws IOException {
        int n = literal.length();
        int i = literal.startsWith("[") ? literal.indexOf('=') + 1 : 0;
        StringBuilder item = new StringBuilder();
        while (i < n) {
            char c = literal.charAt(i);
            if (c == '{') {
                json.writeStartArray();
                i++;
            } else if (c == '}') {
                json.writeEndArray();
                i++;
            } else if (c == delimiter) {
                i++;
            } else if (c == '"') {
                item.setLength(0);
                i++;
                while (literal.charAt(i) != '"') {
                    if (literal.charAt(i) == '\\') {
                        i++;
                    }
                    item.append(literal.charAt(i++));
                }
                i++;
                element.write(json, item.toString());
            } else {
                int start = i;
                while (i < n && literal.charAt(i) != delimiter && literal.charAt(i) != '}') {
                    i++;
                }
                String bare = literal.substring(start, i);
                if (bare.equals("NULL")) {
                    json.writeNull();
                } else {
                    element.write(json, bare);
                }
            }
        }
    }
}
