package org.reviewworkspace.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx from the system with the repository's configuration, {@code deploy/nginx/review-workspace.conf},
 * unchanged: port 8000 in front of nodes a (8081) and b (8082). Its pid file, logs and buffers
 * live under {@code target/cluster/nginx}.
 */
final class Nginx {

    static final String CONFIG = "deploy/nginx/review-workspace.conf";
    static final String URL = "http://127.0.0.1:8000";

    private final Path prefix = Path.of("target", "cluster", "nginx").toAbsolutePath();
    private final String binary;

    private Nginx(String binary) {
        this.binary = binary;
    }

    /** Skips the calling test, with the reason, when nginx is not installed. */
    static Nginx assumeInstalled() {
        String binary = List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx").stream()
                .filter(path -> new File(path).canExecute()).findFirst().orElse(null);
        if (binary == null) {
            System.out.println("Cluster tests skipped: nginx is not installed (.ci/run installs it)");
        }
        assumeTrue(binary != null, "nginx is not installed");
        return new Nginx(binary);
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("tmp"));
        run("-t");
        run();
    }

    void stop() throws IOException, InterruptedException {
        if (Files.exists(prefix.resolve("nginx.pid"))) {
            run("-s", "quit");
        }
    }

    private void run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(binary, "-e", "stderr", "-p", prefix.toString(),
                "-c", Path.of(CONFIG).toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        // to a file, not a pipe: the daemon nginx leaves behind keeps its parent's output open
        Path output = prefix.resolve("logs").resolve("command.log");
        Process nginx = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!nginx.waitFor(30, TimeUnit.SECONDS) || nginx.exitValue() != 0) {
            throw new IllegalStateException("nginx " + String.join(" ", arguments) + " failed: " + Files.readString(output));
        }
    }
}
