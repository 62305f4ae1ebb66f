package org.reviewworkspace.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.reviewworkspace.base.TextInput;

/**
 * A strength, concern or recommendation about one institution, or cross-cutting. Each change
 * raises its revision; {@link FindingRevision} keeps every state.
 */
@Entity
class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    private Long institutionId;
    private Long assessmentId;
    @Enumerated(EnumType.STRING)
    private FindingType type;
    private String domain;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private String statement;
    @Enumerated(EnumType.STRING)
    private FindingStatus status = FindingStatus.DRAFT;
    private int position;
    private int revision = 1;
    private String author;
    private String lastEditor;
    private Long carriedFromId;
    private String owner;
    private LocalDate targetDate;
    private Long mergedIntoId;
    @Version
    private long version;

    protected Finding() {
    }

    Finding(Long reviewId, Long institutionId, Long assessmentId, FindingType type, Priority priority,
            String statement, String author, int position) {
        this.reviewId = reviewId;
        this.institutionId = institutionId;
        this.assessmentId = assessmentId;
        this.type = type;
        this.priority = priority;
        this.statement = statement;
        this.author = author;
        this.lastEditor = author;
        this.position = position;
    }

    /** A finding the consolidator adds, with everything the consolidation form sets. */
    static Finding added(Long reviewId, FindingEdit edit, String author, int position) {
        Finding finding = new Finding(reviewId, edit.getInstitutionId(), null, edit.getType(), edit.getPriority(),
                edit.getStatement().trim(), author, position);
        finding.domain = blankToNull(edit.getDomain());
        finding.owner = edit.getType() == FindingType.RECOMMENDATION ? blankToNull(edit.getOwner()) : null;
        finding.targetDate = edit.getType() == FindingType.RECOMMENDATION ? edit.getTargetDate() : null;
        finding.status = edit.isWithdrawn() ? FindingStatus.WITHDRAWN : FindingStatus.DRAFT;
        return finding;
    }

    /**
     * Applies a consolidation edit; a real change makes a new revision. Owner and target date
     * only stay on recommendations. Returns whether anything but the position changed.
     */
    boolean edit(FindingEdit edit, String editor, int position) {
        boolean recommendation = edit.getType() == FindingType.RECOMMENDATION;
        String newOwner = recommendation ? blankToNull(edit.getOwner()) : null;
        LocalDate newTarget = recommendation ? edit.getTargetDate() : null;
        FindingStatus newStatus = edit.getMergeIntoId() != null ? FindingStatus.MERGED
                : edit.isWithdrawn() ? FindingStatus.WITHDRAWN
                : status == FindingStatus.WITHDRAWN || status == FindingStatus.MERGED ? FindingStatus.DRAFT : status;
        boolean changed = !Objects.equals(institutionId, edit.getInstitutionId()) || type != edit.getType()
                || priority != edit.getPriority() || !statement.equals(edit.getStatement().trim())
                || !Objects.equals(domain, blankToNull(edit.getDomain())) || !Objects.equals(owner, newOwner)
                || !Objects.equals(targetDate, newTarget) || newStatus != status
                || !Objects.equals(mergedIntoId, edit.getMergeIntoId());
        this.position = position;
        if (changed) {
            this.institutionId = edit.getInstitutionId();
            this.type = edit.getType();
            this.priority = edit.getPriority();
            this.statement = edit.getStatement().trim();
            this.domain = blankToNull(edit.getDomain());
            this.owner = newOwner;
            this.targetDate = newTarget;
            this.status = newStatus;
            this.mergedIntoId = edit.getMergeIntoId();
            this.revision++;
            this.lastEditor = editor;
        }
        return changed;
    }

    void moveTo(FindingStatus status) {
        this.status = status;
    }

    private static String blankToNull(String text) {
        return TextInput.blank(text) ? null : text.trim();
    }

    Long getId() {
        return id;
    }

    Long reviewId() {
        return reviewId;
    }

    Long institutionId() {
        return institutionId;
    }

    Long assessmentId() {
        return assessmentId;
    }

    FindingType type() {
        return type;
    }

    Priority priority() {
        return priority;
    }

    String statement() {
        return statement;
    }

    FindingStatus status() {
        return status;
    }

    int revision() {
        return revision;
    }

    int position() {
        return position;
    }

    String author() {
        return author;
    }

    String lastEditor() {
        return lastEditor;
    }

    String domain() {
        return domain;
    }

    String owner() {
        return owner;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    Long mergedIntoId() {
        return mergedIntoId;
    }
}
