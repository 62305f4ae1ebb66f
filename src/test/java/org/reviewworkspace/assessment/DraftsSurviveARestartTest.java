package org.reviewworkspace.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingDraft;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * An assessor's draft is in the database, not in the session: the lead saves half an NCP
 * assessment, the server stops (the first test's Spring context is closed), and after a fresh
 * start on the same H2 file (the second test's context) everything typed is back exactly.
 * The two tests run in this order; the second is skipped when run alone.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DraftsSurviveARestartTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";
    static final Path DATA_DIR = temporaryDirectory();

    /** What the lead typed before the restart. */
    static AssessmentForm typed;

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired ReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired InboxService inbox;

    @DynamicPropertySource
    static void aDatabaseFileThatOutlivesTheServer(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + DATA_DIR.resolve("review-workspace").toAbsolutePath());
    }

    @Test
    @Order(1)
    @DirtiesContext
    void the_lead_saves_half_an_assessment_before_the_server_stops() {
        scenario.draftPlan(reviews.byReferenceCode(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        typed = acting.as("lead", () -> {
            String taskId = ncpTask();
            AssessmentForm form = assessments.openAssessment(taskId).form();
            form.getScores().get(0).setScore(5);
            form.getScores().get(0).setRationale("Authors on 40 CMS papers in 2024;\nleads the RPC upgrade work.");
            form.getScores().get(2).setNotApplicable(true);
            form.getScores().get(2).setRationale("NCP is a research centre, not a supplier.");
            form.setNarrative("Visited NCP on 24 August 2025.  Met the director and the CMS group; ");
            form.setFindings(new ArrayList<>(List.of(new FindingDraft(FindingType.RECOMMENDATION, Priority.HIGH,
                    "Expand the Tier-2 centre's storage", form.getScores().get(3).getCriterionId()))));
            assessments.saveDraft(taskId, form);
            return form;
        });
    }

    @Test
    @Order(2)
    @DirtiesContext
    void after_a_restart_the_draft_is_back_exactly_as_typed() {
        assumeTrue(typed != null, "runs after the draft was saved by the first test of this class");

        AssessmentForm reopened = acting.as("lead", () -> assessments.openAssessment(ncpTask()).form());

        assertThat(reopened).usingRecursiveComparison().isEqualTo(typed);
    }

    @AfterAll
    static void removeTheDatabase() {
        FileSystemUtils.deleteRecursively(DATA_DIR.toFile());
    }

    private String ncpTask() {
        return inbox.page(0, 50).stream().filter(t -> t.reviewCode().equals(REVIEW_2025)
                        && t.route().contains("/AssessInstitution/") && "NCP".equals(t.institution()))
                .findFirst().orElseThrow().taskId();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("review-restart-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
