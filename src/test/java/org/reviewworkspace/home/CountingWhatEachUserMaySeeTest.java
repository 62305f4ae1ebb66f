package org.reviewworkspace.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.finding.FindingCount;
import org.reviewworkspace.finding.FindingFilter;
import org.reviewworkspace.finding.FindingListItem;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The figures of the home dashboard and the findings list across reviews, as the services count
 * them for each user of the reference scenario: only reviews the user may see, counted by the
 * database. The 2022 review is published with 6 strengths and 7 recommendations (one of them
 * cross-cutting, in the domain "Integration with international projects"); the 2025 review is
 * being planned and has no findings yet.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class CountingWhatEachUserMaySeeTest {

    private static final String INTEGRATION = "Integration with international projects";

    @Autowired ReviewService reviews;
    @Autowired FindingService findings;
    @Autowired PartnershipService partnerships;
    @Autowired Acting acting;

    @Test
    void the_coordinator_counts_both_reviews_by_their_stage() {
        Map<ReviewStatus, Long> counts = acting.as("coordinator", reviews::countByStatus);

        assertThat(counts).containsEntry(ReviewStatus.PUBLISHED, 1L).containsEntry(ReviewStatus.PLANNING, 1L)
                .containsOnlyKeys(ReviewStatus.values());
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
    }

    @Test
    void an_assessor_counts_the_reviews_whose_delegation_they_belong_to() {
        // the 2025 review took its delegation from 2022, so assessor1 belongs to both
        assertThat(acting.as("assessor1", reviews::countByStatus)).containsEntry(ReviewStatus.PUBLISHED, 1L)
                .containsEntry(ReviewStatus.PLANNING, 1L);
    }

    @Test
    void the_observer_and_the_approver_count_only_the_published_review() {
        for (String username : new String[] {"observer", "approver"}) {
            Map<ReviewStatus, Long> counts = acting.as(username, reviews::countByStatus);

            assertThat(counts).as(username).containsEntry(ReviewStatus.PUBLISHED, 1L)
                    .containsEntry(ReviewStatus.PLANNING, 0L);
            assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).as(username).isEqualTo(1);
        }
    }

    @Test
    void the_administrator_counts_no_review_and_no_finding() {
        assertThat(acting.as("admin", reviews::countByStatus)).containsOnlyKeys(ReviewStatus.values())
                .allSatisfy((status, count) -> assertThat(count).isZero());
        assertThat(acting.as("admin", findings::countByDomainAndType)).isEmpty();
        assertThat(acting.as("admin", () -> findings.search(FindingFilter.all(), PageRequest.of(0, 50)))).isEmpty();
        assertThat(acting.as("admin", () -> findings.count(FindingFilter.all()))).isZero();
    }

    @Test
    void findings_of_the_2022_review_are_counted_by_domain_and_type() {
        assertThat(acting.as("coordinator", findings::countByDomainAndType)).containsExactly(
                new FindingCount(INTEGRATION, FindingType.RECOMMENDATION, 1),
                new FindingCount(null, FindingType.STRENGTH, 6),
                new FindingCount(null, FindingType.RECOMMENDATION, 6));
        assertThat(acting.as("coordinator", findings::domains)).containsExactly(INTEGRATION);
    }

    @Test
    void the_findings_list_narrows_to_the_seven_recommendations_and_to_a_domain() {
        FindingFilter recommendations = new FindingFilter(FindingType.RECOMMENDATION, null);

        var listed = acting.as("assessor1", () -> findings.search(recommendations, PageRequest.of(0, 50)));

        assertThat(listed).hasSize(7).allSatisfy(finding -> {
            assertThat(finding.reviewCode()).isEqualTo("REV-2022-PK-01");
            assertThat(finding.type()).isEqualTo(FindingType.RECOMMENDATION);
            assertThat(finding.owner()).isNotBlank();
            assertThat(finding.targetDate()).isNotNull();
        });
        assertThat(listed).extracting(FindingListItem::institution).contains("NCP", "HMC-3", "Cross-cutting");
        assertThat(acting.as("assessor1", () -> findings.count(recommendations))).isEqualTo(7);
        assertThat(acting.as("assessor1", () -> findings.search(new FindingFilter(null, INTEGRATION),
                PageRequest.of(0, 50)))).extracting(FindingListItem::institution).containsExactly("Cross-cutting");
        assertThat(acting.as("assessor1", () -> findings.count(new FindingFilter(FindingType.STRENGTH,
                FindingFilter.NO_DOMAIN)))).isEqualTo(6);
    }

    @Test
    void the_findings_list_pages_and_sorts_in_the_database() {
        var firstPage = acting.as("coordinator", () -> findings.search(FindingFilter.all(),
                PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "type"))));
        var thirdPage = acting.as("coordinator", () -> findings.search(FindingFilter.all(),
                PageRequest.of(2, 5, Sort.by(Sort.Direction.DESC, "type"))));

        assertThat(firstPage).hasSize(5).allSatisfy(f -> assertThat(f.type()).isEqualTo(FindingType.STRENGTH));
        assertThat(thirdPage).hasSize(3).allSatisfy(f -> assertThat(f.type()).isEqualTo(FindingType.RECOMMENDATION));
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void an_observer_who_no_longer_observes_the_partnership_counts_and_lists_nothing() {
        assertThat(acting.as("observer", () -> findings.count(FindingFilter.all()))).isEqualTo(13);
        long pakistan = reviews.byReferenceCode("REV-2022-PK-01").partnershipId();

        acting.run("coordinator", () -> partnerships.setObservers(pakistan, Set.of()));

        assertThat(acting.as("observer", reviews::countByStatus)).allSatisfy((status, count) ->
                assertThat(count).isZero());
        assertThat(acting.as("observer", findings::countByDomainAndType)).isEmpty();
        assertThat(acting.as("observer", () -> findings.search(FindingFilter.all(), PageRequest.of(0, 50)))).isEmpty();
        assertThat(acting.as("observer", findings::domains)).isEmpty();
    }
}
