package org.reviewworkspace.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A national institute the delegation visits and assesses. */
@Entity
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Partnership partnership;
    private String name;
    private String acronym;
    /** The acronym upper-cased: the database keeps it unique per partnership whatever the case typed. */
    private String acronymKey;
    private String city;
    private String type;
    private String researchDomains;
    private boolean archived;
    private String lastChangedBy;
    private Instant lastChangedAt;
    @Version
    private long version;

    protected Institution() {
    }

    public Institution(Partnership partnership, String name, String acronym, String city, String type,
                       String researchDomains) {
        this.partnership = partnership;
        update(name, acronym, city, type, researchDomains);
    }

    void update(String name, String acronym, String city, String type, String researchDomains) {
        this.name = name;
        this.acronym = acronym;
        this.acronymKey = keyOf(acronym);
        this.city = city;
        this.type = type;
        this.researchDomains = researchDomains;
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

    /** How acronyms are compared: "ncp" and "NCP" are the same institute. */
    static String keyOf(String acronym) {
        return acronym == null ? null : acronym.trim().toUpperCase(Locale.ROOT);
    }

    /** The facts of the institution, one per line, as the audit trail shows them before and after a change. */
    String describe() {
        return "Acronym: " + acronym + "\nName: " + name + "\nCity: " + (city == null ? "" : city)
                + "\nType: " + (type == null ? "" : type)
                + "\nResearch domains: " + (researchDomains == null ? "" : researchDomains)
                + "\nStatus: " + (archived ? "Archived" : "Active");
    }

    public Long getId() {
        return id;
    }

    public Long getPartnershipId() {
        return partnership.getId();
    }

    Partnership getPartnership() {
        return partnership;
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getCity() {
        return city;
    }

    public String getType() {
        return type;
    }

    public String getResearchDomains() {
        return researchDomains;
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
