package com.vayyari.wadb.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row a state change touched: the whole row before and after as jsonb text ({@code null} where it did not
 * exist). jsonb's text output is canonical, so equal text means equal rows.
 */
record RowChange(String table, String key, String before, String after) {

    private static final ObjectMapper JSON = new ObjectMapper();

    boolean changed() {
        return !sameRow(before, after);
    }

    /** Equal rows, whichever way their JSON text was written (jsonb's spacing or Jackson's). */
    static boolean sameRow(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Objects.equals(a, b) || parse(a).equals(parse(b));
    }

    boolean touchesChat() {
        return table.equals("chats") || table.equals("chat_tracking_state");
    }

    /** One field of the row, from the state after the change (or before, for a deleted row); null if absent. */
    String field(String name) {
        JsonNode row = parse(after != null ? after : before);
        JsonNode value = row.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** {@code field: old → new} for each field that differs, or the whole row when one side is missing. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (before == null) {
            lines.add("new row " + after);
            return lines;
        }
        if (after == null) {
            lines.add("row removed, was " + before);
            return lines;
        }
        JsonNode old = parse(before);
        JsonNode now = parse(after);
        Set<String> names = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(names::add);
        now.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode a = old.path(name);
            JsonNode b = now.path(name);
            if (!a.equals(b)) {
                lines.add(name + ": " + a + " → " + b);
            }
        }
        return lines;
    }

    /** The {@code rows_before} or {@code rows_after} array of a state_changes record. */
    static String toJson(List<RowChange> changes, boolean afterSide) {
        ArrayNode array = JSON.createArrayNode();
        for (RowChange change : changes) {
            ObjectNode entry = array.addObject();
            entry.put("table", change.table());
            entry.put("key", change.key());
            String row = afterSide ? change.after() : change.before();
            entry.set("row", row == null ? NullNode.getInstance() : parse(row));
        }
        return array.toString();
    }

    /** Reads a record's two arrays back into row changes (what the change did, for undo). */
    static List<RowChange> fromJson(String rowsBefore, String rowsAfter) {
        JsonNode before = parse(rowsBefore);
        JsonNode after = parse(rowsAfter);
        if (!before.isArray() || !after.isArray() || before.size() != after.size()) {
            throw new IllegalArgumentException("rows_before and rows_after do not match");
        }
        List<RowChange> changes = new ArrayList<>();
        Iterator<JsonNode> a = after.elements();
        for (JsonNode b : before) {
            JsonNode other = a.next();
            changes.add(new RowChange(b.path("table").asText(), b.path("key").asText(), rowText(b), rowText(other)));
        }
        return changes;
    }

    private static String rowText(JsonNode entry) {
        JsonNode row = entry.get("row");
        return row == null || row.isNull() ? null : row.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
