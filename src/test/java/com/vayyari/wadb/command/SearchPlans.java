package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The plans of the statements {@code search} runs, as the server executes them (for the search order tests). */
final class SearchPlans {

    private SearchPlans() {
    }

    /** Every node of EXPLAIN (ANALYZE) of the statement {@code search ARGS --explain} prints, with the values it prints. */
    static List<JsonNode> analyzed(TestDatabase db, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--url", db.url(), "search"));
        all.addAll(List.of(args));
        all.add("--explain");
        String explain = wadb().run(all.toArray(String[]::new)).out();
        int end = explain.indexOf(";\n");
        List<String> values = new ArrayList<>();
        for (String line : explain.substring(end + 2).split("\n")) {
            if (line.startsWith("-- $")) {
                values.add(line.substring(line.indexOf(" = ") + 3));
            }
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("PREPARE wadb_search AS " + explain.substring(0, end));
            try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) EXECUTE wadb_search("
                    + String.join(", ", values) + ")")) {
                rs.next();
                return nodes(new ObjectMapper().readTree(rs.getString(1)));
            }
        }
    }

    /** Every node of a JSON plan, depth first. */
    private static List<JsonNode> nodes(JsonNode plan) {
        List<JsonNode> all = new ArrayList<>();
        ArrayDeque<JsonNode> todo = new ArrayDeque<>(List.of(plan.get(0).get("Plan")));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            all.add(node);
            node.path("Plans").forEach(todo::push);
        }
        return all;
    }

    /** The most rows any Sort node of {@code plan} was given (over all its loops). */
    static long largestSort(List<JsonNode> plan) {
        long largest = 0;
        for (JsonNode sort : plan) {
            if (sort.path("Node Type").asText().equals("Sort")) {
                long input = 0;
                for (JsonNode child : sort.path("Plans")) {
                    input += child.path("Actual Rows").asLong() * Math.max(1, child.path("Actual Loops").asLong());
                }
                largest = Math.max(largest, input);
            }
        }
        return largest;
    }
}
