package org.reviewworkspace.partnership;

import java.time.LocalDate;

/**
 * A partnership as other features show and choose it. An archived one stays for the reviews
 * that refer to it; {@code version} is what an edit started from this summary must still find.
 */
public record PartnershipSummary(Long id, String name, String code, String partner, String hostOrganisation,
                                 String programme, LocalDate memberSince, boolean archived, long version) {

    static PartnershipSummary of(Partnership partnership) {
        return new PartnershipSummary(partnership.getId(), partnership.getName(), partnership.getCode(),
                partnership.getPartner(), partnership.getHostOrganisation(), partnership.getProgramme(),
                partnership.getMemberSince(), partnership.isArchived(), partnership.getVersion());
    }

    @Override
    public String toString() {
        return name;
    }
}
