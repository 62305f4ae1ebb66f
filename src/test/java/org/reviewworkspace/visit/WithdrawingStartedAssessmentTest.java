package org.reviewworkspace.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.reviewworkspace.visit.VisitPlanningRulesTest.visit;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Re-planning never throws away an assessor's work: once the assessment feature reports a saved
 * draft for an assignment, removing that assignment is refused.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class WithdrawingStartedAssessmentTest {

    @MockitoBean StartedAssessments startedAssessments;
    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired VisitService visits;
    @Autowired ReviewService reviews;
    @Autowired AuditService audit;
    @Autowired TaskService engineTasks;

    @Test
    void an_assessment_with_a_saved_draft_cannot_be_removed() {
        ReviewSummary review = reviews.byReferenceCode("REV-2025-PK-01");
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        when(startedAssessments.hasStarted(anyLong())).thenReturn(true);

        acting.run("coordinator", () -> {
            PlanForm form = visits.openReplan(review.id()).form();
            visit(form, "INMOL").setPlanned(false);
            assertThatThrownBy(() -> visits.replan(review.id(), form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsEntry(
                            visit(form, "INMOL").field("assessors"), "Task-force member 4 has begun assessing INMOL "
                                    + "(a draft is saved); it cannot be removed"));
        });
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey("REV-2025-PK-01")
                .taskDefinitionKey("AssessInstitution").taskAssignee("assessor4").count()).isEqualTo(1);
        assertThat(audit.eventsOf(review.id(), "visit.assessment-withdrawn")).isEmpty();
    }
}
