package org.reviewworkspace.partnership;

/**
 * An institution as coordinators manage it, archived ones included; {@code version} is what
 * an edit started from this row must still find to be saved.
 */
public record InstitutionDetails(Long id, Long partnershipId, String acronym, String name, String city, String type,
                                 String researchDomains, boolean archived, long version) {

    static InstitutionDetails of(Institution institution) {
        return new InstitutionDetails(institution.getId(), institution.getPartnershipId(), institution.getAcronym(),
                institution.getName(), institution.getCity(), institution.getType(), institution.getResearchDomains(),
                institution.isArchived(), institution.getVersion());
    }

    /** "Active" or "Archived", as the list shows it. */
    public String status() {
        return archived ? "Archived" : "Active";
    }

    /** "NCP — National Centre for Physics". */
    public String label() {
        return acronym + " — " + name;
    }
}
