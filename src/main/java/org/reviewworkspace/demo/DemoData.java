package org.reviewworkspace.demo;

import java.time.LocalDate;
import org.reviewworkspace.notification.NotificationService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.DemoAccounts;
import org.reviewworkspace.signoff.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Loads the reference scenario once (demo profile): the demo users, the partnership with its
 * six institutes, the published 2022 review, and the 2025 review with its visit plan drafted.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoAccounts accounts;
    private final ReferenceScenario scenario;
    private final NotificationService notifications;

    DemoData(DemoAccounts accounts, ReferenceScenario scenario, NotificationService notifications) {
        this.accounts = accounts;
        this.scenario = scenario;
        this.notifications = notifications;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.createMissing();
        if (scenario.exists()) {
            return;
        }
        log.info("Loading the demo data: the CERN–Pakistan partnership, the 2022 and 2025 reviews");
        PartnershipSummary partnership = scenario.createPartnership();
        ReviewSummary previous = scenario.startReview(partnership, 2022, "Task-force visit 2022",
                "Assess the effectiveness of the collaboration and identify areas for further integration.");
        // the 2022 review is history: nobody is to find its long-done tasks in their notifications
        notifications.withoutNotifying(() -> {
            scenario.draftPlan(previous, LocalDate.of(2022, 9, 12), true);
            scenario.submitAllAssessments(previous, 3);
            scenario.consolidate(previous);
            scenario.signOff(previous, Decision.APPROVED, null);
        });
        ReviewSummary current = scenario.startReview(partnership, 2025, "Associate membership review 2025",
                "Assess the effectiveness of the collaboration ten years into associate membership and identify "
                        + "areas for further integration, building on the 2022 task-force visit.");
        scenario.draftPlan(current, LocalDate.of(2025, 8, 24), false);
        log.info("Demo data loaded: {} published, {} ready to plan", previous.referenceCode(), current.referenceCode());
    }
}
