package org.reviewworkspace.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the coordinator edits in "Plan visit": the window, the delegation and the institutions. */
public class PlanForm {

    private LocalDate startDate;
    private LocalDate endDate;
    private String location = "";
    private Set<String> members = new LinkedHashSet<>();
    private String lead;
    private List<InstitutionVisit> institutions = new ArrayList<>();
    private long version;

    /** One institution of the partnership: whether it is visited, when, and who assesses it. */
    public static class InstitutionVisit {
        private Long institutionId;
        private String label;
        private boolean planned;
        private LocalDate date;
        private Slot slot = Slot.MORNING;
        private Set<String> assessors = new LinkedHashSet<>();

        public InstitutionVisit() {
        }

        public InstitutionVisit(Long institutionId, String label) {
            this.institutionId = institutionId;
            this.label = label;
        }

        public Long getInstitutionId() {
            return institutionId;
        }

        public void setInstitutionId(Long institutionId) {
            this.institutionId = institutionId;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isPlanned() {
            return planned;
        }

        public void setPlanned(boolean planned) {
            this.planned = planned;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public Slot getSlot() {
            return slot;
        }

        public void setSlot(Slot slot) {
            this.slot = slot;
        }

        public Set<String> getAssessors() {
            return assessors;
        }

        public void setAssessors(Set<String> assessors) {
            this.assessors = assessors == null ? new LinkedHashSet<>() : new LinkedHashSet<>(assessors);
        }

        /** Field name used in error maps, e.g. {@code institution.3.date}. */
        public String field(String part) {
            return "institution." + institutionId + "." + part;
        }
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Set<String> getMembers() {
        return members;
    }

    public void setMembers(Set<String> members) {
        this.members = members == null ? new LinkedHashSet<>() : new LinkedHashSet<>(members);
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public List<InstitutionVisit> getInstitutions() {
        return institutions;
    }

    public void setInstitutions(List<InstitutionVisit> institutions) {
        this.institutions = institutions;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** The institutions ticked as visited. */
    public List<InstitutionVisit> plannedInstitutions() {
        return institutions.stream().filter(InstitutionVisit::isPlanned).toList();
    }
}
