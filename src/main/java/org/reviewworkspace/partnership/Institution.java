package org.reviewworkspace.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

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
    private String city;
    private String type;
    private String researchDomains;
    private boolean archived;
    @Version
    private long version;

    protected Institution() {
    }

    public Institution(Partnership partnership, String name, String acronym, String city, String type,
                       String researchDomains) {
        this.partnership = partnership;
        this.name = name;
        this.acronym = acronym;
        this.city = city;
        this.type = type;
        this.researchDomains = researchDomains;
    }

    public Long getId() {
        return id;
    }

    public Long getPartnershipId() {
        return partnership.getId();
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
}
