package org.reviewworkspace.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the coordinator edits in "Plan visit" (and later when re-planning): the window, the
 * delegation, the institutions and the meetings with the host organisation.
 */
public class PlanForm {

    private LocalDate startDate;
    private LocalDate endDate;
    private String location = "";
    private Set<String> members = new LinkedHashSet<>();
    private String lead;
    private List<InstitutionVisit> institutions = new ArrayList<>();
    private List<MeetingItem> meetings = new ArrayList<>();
    private long version;

    /** When something of the visit takes place: a day, and a slot or a time range. */
    public abstract static class Scheduled {
        private LocalDate date;
        private Slot slot = Slot.MORNING;
        private LocalTime timeFrom;
        private LocalTime timeTo;

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

        /** Optional start; with {@link #getTimeTo()} it decides overlaps instead of the slot. */
        public LocalTime getTimeFrom() {
            return timeFrom;
        }

        public void setTimeFrom(LocalTime timeFrom) {
            this.timeFrom = timeFrom;
        }

        public LocalTime getTimeTo() {
            return timeTo;
        }

        public void setTimeTo(LocalTime timeTo) {
            this.timeTo = timeTo;
        }
    }

    /** One institution of the partnership: whether it is visited, when, and who assesses it. */
    public static class InstitutionVisit extends Scheduled {
        private Long institutionId;
        private String label;
        private boolean planned;
        private String hostContact = "";
        private String agenda = "";
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

        /** Who receives the delegation at the institution, e.g. "Director's office, +92 51 ...". */
        public String getHostContact() {
            return hostContact;
        }

        public void setHostContact(String hostContact) {
            this.hostContact = hostContact == null ? "" : hostContact;
        }

        public String getAgenda() {
            return agenda;
        }

        public void setAgenda(String agenda) {
            this.agenda = agenda == null ? "" : agenda;
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

    /** A meeting of the delegation with the host organisation, e.g. with the chairman of PAEC. */
    public static class MeetingItem extends Scheduled {
        private Long id;
        private String title = "";
        private String participants = "";

        public MeetingItem() {
        }

        public MeetingItem(String title, LocalDate date, Slot slot) {
            this.title = title;
            setDate(date);
            setSlot(slot);
        }

        /** The stored meeting this item edits, or {@code null} for one added in the form. */
        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title == null ? "" : title;
        }

        /** Who takes part, as free text ("PAEC chairman, members of the delegation"). */
        public String getParticipants() {
            return participants;
        }

        public void setParticipants(String participants) {
            this.participants = participants == null ? "" : participants;
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

    public List<MeetingItem> getMeetings() {
        return meetings;
    }

    public void setMeetings(List<MeetingItem> meetings) {
        this.meetings = meetings == null ? new ArrayList<>() : new ArrayList<>(meetings);
    }

    /** Field name of the {@code index}th meeting used in error maps, e.g. {@code meeting.0.date}. */
    public static String meetingField(int index, String part) {
        return "meeting." + index + "." + part;
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
