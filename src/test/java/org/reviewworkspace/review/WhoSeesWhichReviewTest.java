package org.reviewworkspace.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The membership rules of the permission matrix: holding the right role is not enough, the user
 * must also be within its reach — in the delegation, observing the partnership.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class WhoSeesWhichReviewTest {

    @Autowired ReviewService reviews;
    @Autowired PartnershipService partnerships;
    @Autowired Acting acting;

    @Test
    void an_assessor_outside_a_reviews_delegation_cannot_open_it_nor_find_it_in_the_list() {
        // a partnership without earlier reviews, so no delegation is carried over
        PartnershipSummary nepal = acting.as("coordinator", () -> partnerships.createPartnership(
                "CERN cooperation: Nepal", "NP", "Nepal", null, "International cooperation agreement", null));
        StartReviewForm form = new StartReviewForm();
        form.setPartnershipId(nepal.id());
        form.setYear(LocalDate.now().getYear() + 1);
        form.setTitle("First review of the cooperation");
        form.setObjectives("Assess the first years of the cooperation.");
        ReviewSummary started = acting.as("coordinator", () -> reviews.startReview(form));

        assertThatThrownBy(() -> acting.run("assessor1", () -> reviews.details(started.id())))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("You do not have access to review " + started.referenceCode() + ".");
        assertThat(acting.as("assessor1", () -> reviews.list(ReviewFilter.all(), PageRequest.of(0, 50))))
                .extracting(ReviewSummary::referenceCode).doesNotContain(started.referenceCode());
    }

    @Test
    void an_observer_reads_only_the_published_reviews_of_the_partnership_they_observe() {
        long pakistan = reviews.byReferenceCode("REV-2022-PK-01").partnershipId();
        assertThat(acting.as("observer", () -> reviews.list(ReviewFilter.all(), PageRequest.of(0, 50))))
                .extracting(ReviewSummary::referenceCode).containsExactly("REV-2022-PK-01");
        assertThatThrownBy(() -> acting.run("observer", () -> reviews.details(
                reviews.byReferenceCode("REV-2025-PK-01").id()))).isInstanceOf(NotAllowedException.class);

        PartnershipSummary nepal = acting.as("coordinator", () -> partnerships.createPartnership(
                "CERN cooperation: Nepal", "NP", "Nepal", null, "International cooperation agreement", null));
        acting.run("coordinator", () -> {
            partnerships.setObservers(nepal.id(), Set.of(ReferenceScenario.OBSERVER));
            partnerships.setObservers(pakistan, Set.of());
        });

        assertThatThrownBy(() -> acting.run("observer", () -> reviews.details(
                reviews.byReferenceCode("REV-2022-PK-01").id()))).isInstanceOf(NotAllowedException.class);
        assertThat(acting.as("observer", () -> reviews.list(ReviewFilter.all(), PageRequest.of(0, 50)))).isEmpty();
    }

    @Test
    void only_observers_can_be_made_observers_of_a_partnership() {
        long pakistan = reviews.byReferenceCode("REV-2022-PK-01").partnershipId();

        assertThatThrownBy(() -> acting.run("coordinator", () -> partnerships.setObservers(pakistan,
                Set.of("observer", "assessor1")))).hasMessage("Task-force member 1 is not an observer");
        assertThat(acting.as("coordinator", () -> partnerships.observers(pakistan))).containsExactly("observer");
    }
}
