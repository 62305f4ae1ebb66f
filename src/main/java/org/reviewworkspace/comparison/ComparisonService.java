package org.reviewworkspace.comparison;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewworkspace.assessment.ConsensusService;
import org.reviewworkspace.assessment.InstitutionScores;
import org.reviewworkspace.base.CsvWriter;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.followup.VerificationItem;
import org.reviewworkspace.review.ReviewFilter;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two reviews of a partnership side by side (DESIGN.md §5, "Compare reviews": coordinators and
 * approvers): the mean submitted score per criterion and institution in each and the change, the
 * earlier review's recommendations with the later review's verdicts, and the later review's
 * findings. Only submitted assessments count, so a review in progress compares what is in so far.
 */
@Service
public class ComparisonService {

    /** More reviews than a partnership has; the choice of reviews to compare lists them all. */
    private static final int MAX_REVIEWS = 200;
    private static final List<String> CSV_HEADER = List.of("Institution", "Institution name", "Criterion",
            "Earlier review", "Earlier mean", "Later review", "Later mean", "Change");

    private final ReviewService reviews;
    private final ConsensusService consensus;
    private final FindingService findings;
    private final FollowUpService followUps;
    private final CurrentUser currentUser;

    ComparisonService(ReviewService reviews, ConsensusService consensus, FindingService findings,
                      FollowUpService followUps, CurrentUser currentUser) {
        this.reviews = reviews;
        this.consensus = consensus;
        this.findings = findings;
        this.followUps = followUps;
        this.currentUser = currentUser;
    }

    /** Whether the current user may compare reviews at all (coordinators and approvers). */
    public boolean mayCompare() {
        return currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.APPROVER);
    }

    /**
     * The reviews of the same partnership as {@code referenceCode} the current user may see,
     * newest first, itself included: what it may be compared with. Refuses as {@link #compare} does.
     */
    @Transactional(readOnly = true)
    public List<ReviewSummary> comparable(String referenceCode) {
        ReviewSummary review = visible(referenceCode);
        return reviews.list(new ReviewFilter("", review.partnershipId(), null, null, false),
                PageRequest.of(0, MAX_REVIEWS));
    }

    /**
     * The review the partnership's {@code referenceCode} followed, if any and if the current user
     * may see it: what a comparison starts from.
     */
    @Transactional(readOnly = true)
    public Optional<ReviewSummary> previousOf(String referenceCode) {
        ReviewSummary review = visible(referenceCode);
        return reviews.previousReview(review.id()).filter(previous -> comparable(referenceCode).stream()
                .anyMatch(r -> r.id().equals(previous.id())));
    }

    /**
     * Compares two reviews of one partnership, the older one as "earlier" whichever order they
     * come in. Coordinators and approvers only, and only reviews they may see.
     */
    @Transactional(readOnly = true)
    public ReviewComparison compare(String oneReference, String otherReference) {
        ReviewSummary one = visible(oneReference);
        ReviewSummary other = visible(otherReference);
        if (!one.partnershipId().equals(other.partnershipId())) {
            throw new InvalidInputException("later", "Choose two reviews of the same partnership");
        }
        if (one.id().equals(other.id())) {
            throw new InvalidInputException("later", "Choose two different reviews");
        }
        boolean oneFirst = one.createdAt().isBefore(other.createdAt());
        return comparison(oneFirst ? one : other, oneFirst ? other : one);
    }

    /**
     * The comparison of a review with the one it followed, for its report, which checks its own
     * permissions first; empty when it followed none.
     */
    @Transactional(readOnly = true)
    public Optional<ReviewComparison> withPreviousForReport(long reviewId) {
        return reviews.previousReview(reviewId).map(previous -> comparison(previous, reviews.byId(reviewId)));
    }

    /**
     * Writes a comparison's scores as CSV (RFC 4180, UTF-8 with a byte order mark, a header row):
     * one row per institution and criterion, then one "All criteria" row per institution.
     */
    public static void writeCsv(ReviewComparison comparison, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(text);
        text.write('\uFEFF');
        csv.record(CSV_HEADER);
        for (InstitutionComparison institution : comparison.institutions()) {
            List<ScoreChange> rows = new ArrayList<>(institution.scores());
            rows.add(institution.overall());
            for (ScoreChange row : rows) {
                csv.record(Arrays.asList(institution.acronym(), institution.name(), row.criterion(),
                        comparison.earlier().referenceCode(), row.earlier(), comparison.later().referenceCode(),
                        row.later(), row.change().orElse(null)));
            }
        }
        text.flush();
    }

    /** The file name of a comparison's CSV, e.g. {@code REV-2022-PK-01-vs-REV-2025-PK-01.csv}. */
    public static String csvFileName(ReviewComparison comparison) {
        return comparison.earlier().referenceCode() + "-vs-" + comparison.later().referenceCode() + ".csv";
    }

    private ReviewComparison comparison(ReviewSummary earlier, ReviewSummary later) {
        List<InstitutionScores> before = consensus.submittedScores(earlier.id());
        List<InstitutionScores> after = consensus.submittedScores(later.id());
        Set<String> criteria = new LinkedHashSet<>();
        after.forEach(scores -> criteria.addAll(scores.means().keySet()));
        before.forEach(scores -> criteria.addAll(scores.means().keySet()));
        Map<String, InstitutionScores> beforeBy = byAcronym(before);
        Map<String, InstitutionScores> afterBy = byAcronym(after);
        Set<String> acronyms = new TreeSet<>(beforeBy.keySet());
        acronyms.addAll(afterBy.keySet());
        List<InstitutionComparison> institutions = acronyms.stream().map(acronym -> {
            InstitutionScores then = beforeBy.get(acronym);
            InstitutionScores now = afterBy.get(acronym);
            List<ScoreChange> scores = criteria.stream().map(criterion -> new ScoreChange(criterion,
                    meanOf(then, criterion), meanOf(now, criterion))).toList();
            return new InstitutionComparison(acronym, (now != null ? now : then).name(), scores);
        }).toList();
        Map<Long, VerificationItem> verdicts = followUps.verificationsOf(later.id()).stream()
                .collect(Collectors.toMap(v -> v.item().id(), Function.identity()));
        List<RecommendationFollowUp> recommendations = followUps.itemsFrom(earlier.id()).stream()
                .map(item -> new RecommendationFollowUp(item, verdicts.get(item.id()))).toList();
        return new ReviewComparison(earlier, later, List.copyOf(criteria), institutions, count(before), count(after),
                recommendations, findings.findingsSet(later.id()));
    }

    private ReviewSummary visible(String referenceCode) {
        if (!mayCompare()) {
            throw new NotAllowedException("Comparing reviews is for coordinators and approvers.");
        }
        return reviews.visible(reviews.byReferenceCode(referenceCode).id());
    }

    private static Map<String, InstitutionScores> byAcronym(List<InstitutionScores> scores) {
        return scores.stream().collect(Collectors.toMap(InstitutionScores::acronym, Function.identity()));
    }

    private static BigDecimal meanOf(InstitutionScores scores, String criterion) {
        return scores == null ? null : scores.mean(criterion).orElse(null);
    }

    private static int count(List<InstitutionScores> scores) {
        return scores.stream().mapToInt(InstitutionScores::assessments).sum();
    }
}
