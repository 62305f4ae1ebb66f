package org.reviewworkspace.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One state of a finding, written whenever it is created or changed; never changed itself. */
@Entity
@Table(name = "finding_revision")
class FindingRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long findingId;
    private int revision;
    private String editor;
    private Instant editedAt;
    private Long institutionId;
    @Enumerated(EnumType.STRING)
    private FindingType type;
    private String domain;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private String statement;
    @Enumerated(EnumType.STRING)
    private FindingStatus status;
    private String owner;
    private LocalDate targetDate;
    private Long mergedIntoId;

    protected FindingRevision() {
    }

    /** The finding as it reads now, edited by {@code editor} at {@code at}. */
    static FindingRevision of(Finding finding, String editor, Instant at) {
        FindingRevision state = new FindingRevision();
        state.findingId = finding.getId();
        state.revision = finding.revision();
        state.editor = editor;
        state.editedAt = at;
        state.institutionId = finding.institutionId();
        state.type = finding.type();
        state.domain = finding.domain();
        state.priority = finding.priority();
        state.statement = finding.statement();
        state.status = finding.status();
        state.owner = finding.owner();
        state.targetDate = finding.targetDate();
        state.mergedIntoId = finding.mergedIntoId();
        return state;
    }

    Long findingId() {
        return findingId;
    }

    int revision() {
        return revision;
    }

    String editor() {
        return editor;
    }

    Instant editedAt() {
        return editedAt;
    }

    Long institutionId() {
        return institutionId;
    }

    FindingType type() {
        return type;
    }

    String domain() {
        return domain;
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
