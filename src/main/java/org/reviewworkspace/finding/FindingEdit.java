package org.reviewworkspace.finding;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the consolidation form: an existing finding ({@code id} set) or a new one, and
 * where it stands. A row merged into another keeps its text for provenance and leaves the set.
 */
public class FindingEdit extends FindingDraft {

    private Long id;
    private Long institutionId;
    private String domain;
    private String owner;
    private LocalDate targetDate;
    private boolean withdrawn;
    private Long mergeIntoId;
    private List<String> raisedBy = List.of();
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

    /** The area of collaboration it is about, e.g. "Industrial participation"; optional. */
    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    /** Who is to act on a recommendation. */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    /** By when a recommendation should be implemented. */
    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public void setWithdrawn(boolean withdrawn) {
        this.withdrawn = withdrawn;
    }

    /** The finding this one duplicates and is merged into, or {@code null}. */
    public Long getMergeIntoId() {
        return mergeIntoId;
    }

    public void setMergeIntoId(Long mergeIntoId) {
        this.mergeIntoId = mergeIntoId;
    }

    /** Whether it is part of the set the approver signs: neither withdrawn nor merged. */
    public boolean isInSet() {
        return !withdrawn && mergeIntoId == null;
    }

    /** Display names of the assessors who raised it, including those of duplicates merged into it. */
    public List<String> getRaisedBy() {
        return raisedBy;
    }

    public void setRaisedBy(List<String> raisedBy) {
        this.raisedBy = List.copyOf(raisedBy);
    }

    public int getRevision() {
        return revision;
    }

    public void setRevision(int revision) {
        this.revision = revision;
    }
}
