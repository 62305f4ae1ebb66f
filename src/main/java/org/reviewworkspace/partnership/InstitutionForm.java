package org.reviewworkspace.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a coordinator types to add or edit an institution of a partnership. */
public class InstitutionForm {

    @NotBlank(message = "Enter the institution's full name")
    @Size(max = 300, message = "At most 300 characters")
    private String name = "";
    @NotBlank(message = "Enter the institution's acronym, e.g. NCP")
    @Size(max = 30, message = "At most 30 characters")
    private String acronym = "";
    @Size(max = 100, message = "At most 100 characters")
    private String city = "";
    @Size(max = 100, message = "At most 100 characters")
    private String type = "";
    @Size(max = 500, message = "At most 500 characters")
    private String researchDomains = "";

    /** A form filled with the institution as it is now, for editing. */
    public static InstitutionForm of(InstitutionDetails institution) {
        InstitutionForm form = new InstitutionForm();
        form.setName(institution.name());
        form.setAcronym(institution.acronym());
        form.setCity(nullToEmpty(institution.city()));
        form.setType(nullToEmpty(institution.type()));
        form.setResearchDomains(nullToEmpty(institution.researchDomains()));
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

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getResearchDomains() {
        return researchDomains;
    }

    public void setResearchDomains(String researchDomains) {
        this.researchDomains = researchDomains;
    }
}
