package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reviewworkspace.base.Sha256;

/**
 * The application serves {@code <process-diagram>} and {@code <echart-view>} as scripts built from
 * {@code frontend/components/<element>.ts} and the locked npm packages (bpmn-js, ECharts, Lit); the
 * build writes their SHA-256 into each script's first line. A change to either without running the
 * build again would ship the old element, so it fails here, with the command that fixes it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DiagramScriptIsBuiltFromItsSourceTest {

    private static final Path SOURCES = Path.of("frontend", "components");
    private static final Path SCRIPTS = Path.of("src", "main", "resources", "META-INF", "resources", "components");
    private static final String REBUILD = "rebuild it: npm --prefix frontend/components ci && "
            + "npm --prefix frontend/components run build";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"process-diagram", "echart-view"})
    void the_served_script_was_built_from_the_current_source_and_lock_file(String element) throws IOException {
        String banner = Files.readAllLines(SCRIPTS.resolve(element + ".js")).get(0);

        assertThat(banner).as("the script was built from another " + element + ".ts; " + REBUILD)
                .contains(element + ".ts sha256=" + sha256(SOURCES.resolve(element + ".ts")));
        assertThat(banner).as("the script was built from other npm packages; " + REBUILD)
                .contains("package-lock.json sha256=" + sha256(SOURCES.resolve("package-lock.json")));
    }

    /** As the build hashes: the UTF-8 text with Windows line ends made Unix ones. */
    private static String sha256(Path file) throws IOException {
        return Sha256.hex(Files.readString(file).replace("\r\n", "\n"));
    }
}
