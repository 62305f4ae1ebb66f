package org.reviewworkspace.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table the benchmark run prints at its end: each figure with its budget from
 * DESIGN.md §8, what was measured and whether the budget held.
 */
final class BenchTable {

    /** One figure: {@code pass} is null for a row that is measured only for context (no budget of its own). */
    record Row(String figure, String budget, String measured, Boolean pass) {

        String verdict() {
            return pass == null ? "-" : pass ? "PASS" : "FAIL";
        }
    }

    private final List<Row> rows = new ArrayList<>();

    /** Adds a figure that has a budget. */
    void add(String figure, String budget, String measured, boolean pass) {
        rows.add(new Row(figure, budget, measured, pass));
    }

    /** Adds a figure shown for context, e.g. the raw baseline a ratio is taken against. */
    void info(String figure, String measured) {
        rows.add(new Row(figure, "", measured, null));
    }

    boolean anyFailed() {
        return rows.stream().anyMatch(r -> Boolean.FALSE.equals(r.pass()));
    }

    /** The table as plain text, columns padded to their widest cell. */
    String render() {
        String[] head = {"figure", "budget", "measured", "result"};
        int[] width = new int[head.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(head);
        // by figure id (B1 … B5), in the order measured within one figure
        rows.stream().sorted(java.util.Comparator.comparing((Row r) -> r.figure().split(" ")[0])).forEach(r -> cells.add(new String[] {r.figure(), r.budget(), r.measured(), r.verdict()}));
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < cells.size(); n++) {
            String[] line = cells.get(n);
            out.append("| ");
            for (int i = 0; i < line.length; i++) {
                out.append(String.format("%-" + width[i] + "s", line[i])).append(i < line.length - 1 ? " | " : " |");
            }
            out.append('\n');
            if (n == 0) {
                out.append('|');
                for (int w : width) {
                    out.append("-".repeat(w + 2)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
