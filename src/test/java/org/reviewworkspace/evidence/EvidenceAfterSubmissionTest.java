package org.reviewworkspace.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reviewworkspace.assessment.EvidenceItem;
import org.reviewworkspace.base.DomainException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Submitting an assessment locks its evidence; the files stay readable by the review's people. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class EvidenceAfterSubmissionTest extends EvidenceTestSupport {

    @Test
    void once_submitted_no_file_can_be_added_or_removed_and_the_evidence_stays_downloadable() {
        String task = taskOf("assessor1", "HMC-3");
        EvidenceItem minutes = acting.as("assessor1", () -> evidence.upload(task, "visit-minutes.pdf",
                resource("visit-minutes.pdf")));

        scenario.submitAllAssessments(review, 3);

        assertThatThrownBy(() -> acting.run("assessor1", () -> evidence.upload(task, "site-photo.png",
                resource("site-photo.png")))).isInstanceOf(DomainException.class)
                .hasMessage("This task is no longer open: it has been completed or withdrawn.");
        assertThatThrownBy(() -> acting.run("assessor1", () -> evidence.delete(task, minutes.id())))
                .isInstanceOf(DomainException.class);
        assertThat(acting.as("coordinator", () -> evidence.evidenceOf(review.id())))
                .extracting(EvidenceItem::fileName).containsExactly("visit-minutes.pdf");
        assertThat(acting.as("assessor2", () -> evidence.download(minutes.id())).content())
                .isEqualTo(resource("visit-minutes.pdf"));
    }
}
