package org.reviewworkspace.partnership;

/** A partnership as other features show and choose it. */
public record PartnershipSummary(Long id, String name, String code, String partner, String hostOrganisation) {

    static PartnershipSummary of(Partnership partnership) {
        return new PartnershipSummary(partnership.getId(), partnership.getName(), partnership.getCode(), partnership.getPartner(),
                partnership.getHostOrganisation());
    }

    @Override
    public String toString() {
        return name;
    }
}
