package org.reviewworkspace.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.InvalidInputException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** With the limit lowered to 2 KB ({@code review.evidence.max-size}), a larger file is refused and nothing stored. */
@SpringBootTest(properties = "review.evidence.max-size=2KB")
@ActiveProfiles({"demo", "test"})
class OversizedEvidenceTest extends EvidenceTestSupport {

    @Test
    void a_file_over_the_configured_limit_is_refused_and_one_at_the_limit_accepted() {
        String task = taskOf("assessor1", "HMC-3");
        byte[] tooLarge = new byte[2049];
        Arrays.fill(tooLarge, (byte) 'a');
        byte[] atTheLimit = Arrays.copyOf(tooLarge, 2048);

        assertThat(evidence.maxSize()).isEqualTo(2048);
        assertThatThrownBy(() -> acting.run("assessor1", () -> evidence.upload(task, "transcript.txt", tooLarge)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("transcript.txt is 2.1 KB; files may be at most 2 KB.");
        assertThat(jdbc.queryForObject("select count(*) from attachment", Long.class)).isZero();

        assertThat(acting.as("assessor1", () -> evidence.upload(task, "transcript.txt", atTheLimit)).size())
                .isEqualTo(2048);
    }
}
