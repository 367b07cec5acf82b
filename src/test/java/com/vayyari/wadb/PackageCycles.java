package com.vayyari.wadb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cycles of a dependency graph: one example cycle per group of packages that all reach each other. */
final class PackageCycles {

    private final Map<String, ? extends Map<String, String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<List<String>> cycles = new ArrayList<>();

    private PackageCycles(Map<String, ? extends Map<String, String>> graph) {
        this.graph = graph;
    }

    /** {@code graph}: package to the packages it uses (the values say where; only the keys count here). */
    static List<List<String>> of(Map<String, ? extends Map<String, String>> graph) {
        PackageCycles finder = new PackageCycles(graph);
        for (String node : graph.keySet()) {
            if (!finder.index.containsKey(node)) {
                finder.connect(node);
            }
        }
        return finder.cycles;
    }

    private Set<String> uses(String node) {
        Map<String, String> edges = graph.get(node);
        return edges == null ? Set.of() : edges.keySet();
    }

    /** Tarjan's strongly connected components; each one of two or more packages holds a cycle. */
    private void connect(String node) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : uses(node)) {
            if (!index.containsKey(next)) {
                connect(next);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new HashSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(cycleThrough(node, component));
            }
        }
    }

    /** The shortest way from {@code start} back to itself inside {@code component}. */
    private List<String> cycleThrough(String start, Set<String> component) {
        Map<String, String> cameFrom = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : uses(node)) {
                if (next.equals(start)) {
                    List<String> cycle = new ArrayList<>();
                    for (String at = node; at != null; at = cameFrom.get(at)) {
                        cycle.add(0, at);
                    }
                    return cycle;
                }
                if (component.contains(next) && !cameFrom.containsKey(next)) {
                    cameFrom.put(next, node);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }
}
