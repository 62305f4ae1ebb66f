package org.reviewworkspace.assessment;

import java.util.ArrayList;
import java.util.List;
import org.reviewworkspace.finding.FindingDraft;

/** What an assessor types in "Assess institution". */
public class AssessmentForm {

    private List<Score> scores = new ArrayList<>();
    private String narrative = "";
    private List<FindingDraft> findings = new ArrayList<>();
    private long version;

    /** The score of one criterion. */
    public static class Score {
        private Long criterionId;
        private String criterion;
        private String guidance;
        private Integer score;
        private boolean notApplicable;
        private String rationale = "";

        public Score() {
        }

        public Score(Long criterionId, String criterion, String guidance) {
            this.criterionId = criterionId;
            this.criterion = criterion;
            this.guidance = guidance;
        }

        public Long getCriterionId() {
            return criterionId;
        }

        public void setCriterionId(Long criterionId) {
            this.criterionId = criterionId;
        }

        public String getCriterion() {
            return criterion;
        }

        public String getGuidance() {
            return guidance;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        /** N/A: the criterion does not apply to this institution; the rationale gives the reason. */
        public boolean isNotApplicable() {
            return notApplicable;
        }

        public void setNotApplicable(boolean notApplicable) {
            this.notApplicable = notApplicable;
        }

        public String getRationale() {
            return rationale;
        }

        public void setRationale(String rationale) {
            this.rationale = rationale;
        }

        /** Field name used in error maps, e.g. {@code score.7}. */
        public String field(String part) {
            return part + "." + criterionId;
        }
    }

    public List<Score> getScores() {
        return scores;
    }

    public void setScores(List<Score> scores) {
        this.scores = scores;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public List<FindingDraft> getFindings() {
        return findings;
    }

    public void setFindings(List<FindingDraft> findings) {
        this.findings = findings;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
