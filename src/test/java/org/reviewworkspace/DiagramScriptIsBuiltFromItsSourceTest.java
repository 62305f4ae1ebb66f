package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.Sha256;

/**
 * The application serves {@code <process-diagram>} as a script built from
 * {@code frontend/components/process-diagram.ts} and its locked npm packages (bpmn-js, Lit); the
 * build writes their SHA-256 into the script's first line. A change to either without running the
 * build again would ship the old diagram, so it fails here, with the command that fixes it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DiagramScriptIsBuiltFromItsSourceTest {

    private static final Path SOURCES = Path.of("frontend", "components");
    private static final Path SCRIPT = Path.of("src", "main", "resources", "META-INF", "resources", "components",
            "process-diagram.js");
    private static final String REBUILD = "rebuild it: npm --prefix frontend/components ci && "
            + "npm --prefix frontend/components run build";

    @Test
    void the_served_diagram_script_was_built_from_the_current_source_and_lock_file() throws IOException {
        String banner = Files.readAllLines(SCRIPT).get(0);

        assertThat(banner).as("the script was built from another process-diagram.ts; " + REBUILD)
                .contains("process-diagram.ts sha256=" + sha256(SOURCES.resolve("process-diagram.ts")));
        assertThat(banner).as("the script was built from other npm packages; " + REBUILD)
                .contains("package-lock.json sha256=" + sha256(SOURCES.resolve("package-lock.json")));
    }

    /** As the build hashes: the UTF-8 text with Windows line ends made Unix ones. */
    private static String sha256(Path file) throws IOException {
        return Sha256.hex(Files.readString(file).replace("\r\n", "\n"));
    }
}
