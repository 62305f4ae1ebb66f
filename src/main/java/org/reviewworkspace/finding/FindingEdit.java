package org.reviewworkspace.finding;

/** One row of the consolidation form: an existing finding ({@code id} set) or a new one, and where it stands. */
public class FindingEdit extends FindingDraft {

    private Long id;
    private Long institutionId;
    private boolean withdrawn;
    private String raisedBy = "";
    private int revision;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The institution, or {@code null} for a cross-cutting finding. */
    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public void setWithdrawn(boolean withdrawn) {
        this.withdrawn = withdrawn;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public void setRaisedBy(String raisedBy) {
        this.raisedBy = raisedBy;
    }

    public int getRevision() {
        return revision;
    }

    public void setRevision(int revision) {
        this.revision = revision;
    }
}
