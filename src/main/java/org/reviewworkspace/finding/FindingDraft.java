package org.reviewworkspace.finding;

/** A finding as an assessor types it into the assessment form. */
public class FindingDraft {

    private FindingType type = FindingType.RECOMMENDATION;
    private Priority priority = Priority.MEDIUM;
    private String statement = "";
    private Long criterionId;

    public FindingDraft() {
    }

    public FindingDraft(FindingType type, Priority priority, String statement) {
        this.type = type;
        this.priority = priority;
        this.statement = statement;
    }

    public FindingDraft(FindingType type, Priority priority, String statement, Long criterionId) {
        this(type, priority, statement);
        this.criterionId = criterionId;
    }

    public FindingType getType() {
        return type;
    }

    public void setType(FindingType type) {
        this.type = type;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    /** The criterion of the review this finding is about, or {@code null}. */
    public Long getCriterionId() {
        return criterionId;
    }

    public void setCriterionId(Long criterionId) {
        this.criterionId = criterionId;
    }
}
