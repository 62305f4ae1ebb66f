package org.reviewworkspace.cluster;

import java.nio.file.Path;
import org.reviewworkspace.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of a test cluster, in a JVM of its own ({@link NodeProcess} starts it): the real
 * application with the arguments given, and, when {@code -Ddrill.dir} names a directory, the
 * {@link Drill} driven through the files there.
 */
public final class ClusterNodeMain {

    private ClusterNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, args);
        String drill = System.getProperty("drill.dir");
        if (drill != null) {
            new Drill(app, System.getProperty("drill.node", "node"), Integer.getInteger("drill.threads", 2))
                    .runControlledBy(Path.of(drill));
        }
    }
}
