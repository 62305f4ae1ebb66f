package org.reviewworkspace.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a coordinator types to register or edit a partnership. */
public class PartnershipForm {

    @NotBlank(message = "Give the partnership a name")
    @Size(max = 200, message = "At most 200 characters")
    private String name = "";
    @NotBlank(message = "Enter the partner's code, e.g. PK")
    @Size(max = 10, message = "At most 10 characters")
    @Pattern(regexp = "[A-Za-z0-9]*", message = "Letters and digits only, e.g. PK")
    private String code = "";
    @NotBlank(message = "Name the partner country or organisation")
    @Size(max = 200, message = "At most 200 characters")
    private String partner = "";
    @Size(max = 200, message = "At most 200 characters")
    private String hostOrganisation = "";
    @Size(max = 200, message = "At most 200 characters")
    private String programme = "";
    @PastOrPresent(message = "Membership cannot start in the future")
    private LocalDate memberSince;

    /** A form filled with the partnership as it is now, for editing. */
    public static PartnershipForm of(PartnershipSummary partnership) {
        PartnershipForm form = new PartnershipForm();
        form.setName(partnership.name());
        form.setCode(partnership.code());
        form.setPartner(partnership.partner());
        form.setHostOrganisation(nullToEmpty(partnership.hostOrganisation()));
        form.setProgramme(nullToEmpty(partnership.programme()));
        form.setMemberSince(partnership.memberSince());
        return form;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getHostOrganisation() {
        return hostOrganisation;
    }

    public void setHostOrganisation(String hostOrganisation) {
        this.hostOrganisation = hostOrganisation;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(LocalDate memberSince) {
        this.memberSince = memberSince;
    }
}
