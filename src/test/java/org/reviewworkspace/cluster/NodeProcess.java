package org.reviewworkspace.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of a test cluster as a process of its own: the real application on PostgreSQL
 * (profiles {@code postgres} and {@code demo}) on a port of its own, with the job executor on,
 * started from the tests' classpath by {@link ClusterNodeMain}; its output goes to
 * {@code target/cluster/<name>.log}. {@link #kill()} is {@code kill -9}.
 */
final class NodeProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    final String name;
    final int port;
    private final String databaseUrl;
    private final Path dir;
    private final int drillThreads;
    private Process process;

    NodeProcess(String name, int port, String databaseUrl) {
        this(name, port, databaseUrl, 2);
    }

    NodeProcess(String name, int port, String databaseUrl, int drillThreads) {
        this.name = name;
        this.port = port;
        this.databaseUrl = databaseUrl;
        this.drillThreads = drillThreads;
        this.dir = Path.of("target", "cluster", name);
    }

    /** The directory of this node's {@link Drill}. */
    Path drillDir() {
        return dir.resolve("drill");
    }

    /** Starts the node, with its drill waiting for "go" when {@code withDrill}. */
    NodeProcess start(boolean withDrill) {
        try {
            Files.createDirectories(dir);
            deleteDrillFiles();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-Ddrill.node=" + name,
                    "-Ddrill.threads=" + drillThreads));
            if (withDrill) {
                command.add("-Ddrill.dir=" + drillDir().toAbsolutePath());
            }
            command.addAll(List.of("-cp", classpath(), ClusterNodeMain.class.getName(),
                    "--spring.profiles.active=postgres,demo",
                    "--spring.datasource.url=" + databaseUrl,
                    "--spring.datasource.username=" + TestPostgres.USER,
                    "--spring.datasource.password=",
                    "--spring.main.banner-mode=off",
                    "--server.port=" + port,
                    "--review.node-name=" + name,
                    "--review.data-dir=" + dir.toAbsolutePath(),
                    // the engine's history names the node that ran each job
                    "--camunda.bpm.generic-properties.properties.hostname=node-" + name,
                    // a job locked by a node that died is free again after 30 s, not the default 5 minutes
                    "--camunda.bpm.job-execution.lock-time-in-millis=30000",
                    // look for due jobs at least every 2 s (the default backs off to a minute)
                    "--camunda.bpm.job-execution.max-wait=2000"));
            Path log = dir.resolveSibling(name + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tests' classpath without its empty entries: Failsafe's ends in one, which Java reads as
     * the working directory, where the engine would find the process model a second time.
     */
    private static String classpath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** Waits until the node reports itself ready; fails with its log's end if it died. */
    NodeProcess awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Node " + name + " did not start within " + START_TIMEOUT + ":\n" + logTail());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** {@code kill -9}: the node stops at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the node the way a service manager does (SIGTERM), waiting for it to end. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Tells the drill to begin. */
    void go() throws IOException {
        Files.createDirectories(drillDir());
        Files.writeString(drillDir().resolve(Drill.GO), "");
    }

    /** Cycles the drill has completed so far. */
    int cycles() throws IOException {
        Path file = drillDir().resolve(Drill.CYCLES);
        return Files.exists(file) ? Integer.parseInt(Files.readString(file).trim()) : 0;
    }

    /** Tells the drill to stop and waits for its result: cycles, failed cycles, milliseconds. */
    long[] stopDrill(Duration timeout) throws IOException, InterruptedException {
        Files.writeString(drillDir().resolve(Drill.STOP), "");
        Path result = drillDir().resolve(Drill.RESULT);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(result)) {
            if (System.nanoTime() > deadline || !isAlive()) {
                throw new IllegalStateException("The drill of node " + name + " did not stop:\n" + logTail());
            }
            Thread.sleep(200);
        }
        String[] parts = Files.readString(result).trim().split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private void deleteDrillFiles() throws IOException {
        for (String file : List.of(Drill.GO, Drill.STOP, Drill.CYCLES, Drill.RESULT)) {
            Files.deleteIfExists(drillDir().resolve(file));
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(dir.resolveSibling(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
