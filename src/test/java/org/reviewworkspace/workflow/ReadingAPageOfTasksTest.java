package org.reviewworkspace.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.AssessmentFixtures;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page of tasks is read in two steps, the tasks and then what they concern; a task completed by
 * someone else in between must not break the page (the benchmark of four reviews running at once
 * found that it did).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReadingAPageOfTasksTest {

    @Autowired Workflow workflow;
    @Autowired TaskService tasks;
    @Autowired ReferenceScenario scenario;
    @Autowired ReviewService reviews;
    @Autowired InboxService inbox;
    @Autowired AssessmentService assessments;
    @Autowired Acting acting;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void a_task_completed_while_its_page_is_read_leaves_the_page_readable_with_every_assignment_of_the_others() {
        scenario.draftPlan(reviews.byReferenceCode("REV-2025-PK-01"), LocalDate.of(2025, 8, 24), true);
        List<Task> page = tasks.createTaskQuery().taskDefinitionKey(ReviewProcess.ASSESS_INSTITUTION).list();
        assertThat(page).hasSize(6);

        InboxItem submitted = AssessmentFixtures.submitFirstAssessment(acting, inbox, assessments, "lead",
                "REV-2025-PK-01");
        List<TaskRef> refs = new TransactionTemplate(transactionManager).execute(status -> workflow.toRefs(page));

        assertThat(refs).hasSize(6);
        assertThat(refs.stream().filter(ref -> !ref.id().equals(submitted.taskId())).map(TaskRef::assignmentId))
                .hasSize(5).allMatch(Objects::nonNull);
        assertThat(refs.stream().map(TaskRef::assignmentId).filter(Objects::nonNull).distinct()).hasSize(5);
    }
}
