package org.reviewworkspace.partnership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A programme's relationship with one partner country, e.g. CERN associate membership of Pakistan. */
@Entity
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** Short code of the partner used in review reference codes, e.g. {@code PK}. */
    private String code;
    private String partner;
    private String hostOrganisation;
    private String programme;
    private LocalDate memberSince;
    /** Kept for the reviews that refer to it, but no longer offered for new ones. */
    private boolean archived;
    private String lastChangedBy;
    private Instant lastChangedAt;
    /** Usernames of the observers who read this partnership's published reports. */
    @ElementCollection
    @CollectionTable(name = "partnership_observer", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "username")
    private Set<String> observers = new HashSet<>();
    @Version
    private long version;

    protected Partnership() {
    }

    public Partnership(String name, String code, String partner, String hostOrganisation, String programme, LocalDate memberSince) {
        this.name = name;
        this.code = code;
        this.partner = partner;
        this.hostOrganisation = hostOrganisation;
        this.programme = programme;
        this.memberSince = memberSince;
    }

    void update(String name, String code, String partner, String hostOrganisation, String programme,
                LocalDate memberSince) {
        this.name = name;
        this.code = code;
        this.partner = partner;
        this.hostOrganisation = hostOrganisation;
        this.programme = programme;
        this.memberSince = memberSince;
    }

    Set<String> observers() {
        return Set.copyOf(observers);
    }

    void replaceObservers(Set<String> usernames) {
        observers.clear();
        observers.addAll(usernames);
    }

    void archive() {
        this.archived = true;
    }

    void restore() {
        this.archived = false;
    }

    void changedBy(String username, Instant at) {
        this.lastChangedBy = username;
        this.lastChangedAt = at;
    }

    /** The facts of the partnership, one per line, as the audit trail shows them before and after a change. */
    String describe() {
        return "Name: " + name + "\nCode: " + code + "\nPartner: " + partner
                + "\nHost organisation: " + (hostOrganisation == null ? "" : hostOrganisation)
                + "\nProgramme: " + (programme == null ? "" : programme)
                + "\nMember since: " + (memberSince == null ? "" : memberSince)
                + "\nStatus: " + (archived ? "Archived" : "Active");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getPartner() {
        return partner;
    }

    public String getHostOrganisation() {
        return hostOrganisation;
    }

    public String getProgramme() {
        return programme;
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }

    public boolean isArchived() {
        return archived;
    }

    public long getVersion() {
        return version;
    }

    String getLastChangedBy() {
        return lastChangedBy;
    }

    Instant getLastChangedAt() {
        return lastChangedAt;
    }
}
