package org.reviewworkspace.cluster;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * B2's workload — full review cycles through the services ({@link Drill}) — on PostgreSQL, first
 * on one node, then on two nodes of one cluster, each a process of its own with the same number
 * of drill threads ({@code -Dbench.cluster.threads}, 2) and the job executor on. Cycles per
 * second over a window ({@code -Dbench.cluster.seconds}, 60) after a warm-up of two cycles per
 * node; both properties reach the benchmark JVM through {@code -Dbench.jvm="-Xmx2g -D..."}. Needs
 * {@code REVIEW_TEST_POSTGRES} as the cluster tests do.
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {
    }

    /** The figures by label: cycles per second on one node and on two, and what failed. */
    public static Map<String, String> run() throws Exception {
        if (TestPostgres.server() == null) {
            throw new IllegalStateException("CLUSTER needs a PostgreSQL server: set " + TestPostgres.VARIABLE + "=host:port");
        }
        int threads = Integer.getInteger("bench.cluster.threads", 2);
        Duration window = Duration.ofSeconds(Integer.getInteger("bench.cluster.seconds", 60));
        String database = TestPostgres.freshDatabase("rw_cluster_bench");
        Map<String, String> figures = new LinkedHashMap<>();
        NodeProcess a = new NodeProcess("a", 8081, database, threads);
        NodeProcess b = new NodeProcess("b", 8082, database, threads);
        try {
            a.start(true).awaitReady();
            a.go();
            awaitCycles(a, 2);
            double one = rate(window, a);
            b.start(true).awaitReady();
            b.go();
            awaitCycles(b, 2);
            double two = rate(window, a, b);
            long failed = a.stopDrill(Duration.ofMinutes(3))[1] + b.stopDrill(Duration.ofMinutes(3))[1];
            String label = " (" + threads + " drill threads a node)";
            figures.put("CLUSTER B2 on PostgreSQL, 1 node" + label, perSecond(one));
            figures.put("CLUSTER B2 on PostgreSQL, 2 nodes" + label, perSecond(two)
                    + String.format(Locale.ROOT, ", %.2fx one node", two / one));
            figures.put("CLUSTER failed cycles", Long.toString(failed));
        } finally {
            a.stop();
            b.stop();
        }
        return figures;
    }

    private static double rate(Duration window, NodeProcess... nodes) throws IOException, InterruptedException {
        int before = 0;
        for (NodeProcess node : nodes) {
            before += node.cycles();
        }
        long started = System.nanoTime();
        Thread.sleep(window.toMillis());
        int after = 0;
        for (NodeProcess node : nodes) {
            after += node.cycles();
        }
        return (after - before) / ((System.nanoTime() - started) / 1e9);
    }

    private static void awaitCycles(NodeProcess node, int cycles) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (node.cycles() < cycles) {
            if (System.nanoTime() > deadline || !node.isAlive()) {
                throw new IllegalStateException("CLUSTER: node " + node.name + " completed no cycles:\n" + node.logTail());
            }
            Thread.sleep(250);
        }
    }

    private static String perSecond(double rate) {
        return String.format(Locale.ROOT, "%.2f cycles/s (%.0f cycles/min)", rate, rate * 60);
    }
}
