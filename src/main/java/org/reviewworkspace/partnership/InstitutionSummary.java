package org.reviewworkspace.partnership;

/** An institution as other features show and choose it. */
public record InstitutionSummary(Long id, Long partnershipId, String acronym, String name) {

    static InstitutionSummary of(Institution institution) {
        return new InstitutionSummary(institution.getId(), institution.getPartnershipId(),
                institution.getAcronym(), institution.getName());
    }

    /** "NCP — National Centre for Physics". */
    public String label() {
        return acronym + " — " + name;
    }

    @Override
    public String toString() {
        return label();
    }
}
