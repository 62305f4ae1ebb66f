package org.reviewworkspace.assessment;

/** One criterion as the coordinator edits it; a new one has no id yet. */
public class CriterionEdit {

    private Long id;
    private String name = "";
    private String guidance = "";
    private long version;

    public CriterionEdit() {
    }

    public CriterionEdit(String name, String guidance) {
        this.name = name;
        this.guidance = guidance;
    }

    CriterionEdit(Long id, String name, String guidance, long version) {
        this.id = id;
        this.name = name;
        this.guidance = guidance == null ? "" : guidance;
        this.version = version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public long getVersion() {
        return version;
    }
}
