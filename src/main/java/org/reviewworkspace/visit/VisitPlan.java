package org.reviewworkspace.visit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The visit of a review: window, place, itinerary and who assesses which institution. */
@Entity
public class VisitPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    private LocalDate startDate;
    private LocalDate endDate;
    private String location;
    private int assessmentDueDays = 14;
    @OneToMany(mappedBy = "visitPlan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("visitDate, slot")
    private List<ItineraryEntry> itinerary = new ArrayList<>();
    @OneToMany(mappedBy = "visitPlan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Assignment> assignments = new ArrayList<>();
    @OneToMany(mappedBy = "visitPlan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("meetingDate, startTime, id")
    private List<Meeting> meetings = new ArrayList<>();
    @Version
    private long version;

    protected VisitPlan() {
    }

    VisitPlan(Long reviewId) {
        this.reviewId = reviewId;
    }

    void update(LocalDate start, LocalDate end, String location) {
        this.startDate = start;
        this.endDate = end;
        this.location = location;
    }

    /** Makes the itinerary and assignments those of {@code institutions}, keeping rows that stay. */
    void replaceInstitutions(List<PlanForm.InstitutionVisit> institutions) {
        itinerary.removeIf(e -> institutions.stream().noneMatch(i -> i.getInstitutionId().equals(e.institutionId())));
        assignments.removeIf(a -> institutions.stream().noneMatch(i -> i.getInstitutionId().equals(a.institutionId())
                && i.getAssessors().contains(a.assessor())));
        for (PlanForm.InstitutionVisit visit : institutions) {
            ItineraryEntry entry = itinerary.stream().filter(e -> e.institutionId().equals(visit.getInstitutionId()))
                    .findFirst().orElseGet(() -> {
                        ItineraryEntry added = new ItineraryEntry(this, visit.getInstitutionId());
                        itinerary.add(added);
                        return added;
                    });
            entry.plan(visit);
            Set<String> assessors = visit.getAssessors();
            for (String assessor : assessors) {
                if (assignments.stream().noneMatch(a -> a.institutionId().equals(visit.getInstitutionId())
                        && a.assessor().equals(assessor))) {
                    assignments.add(new Assignment(this, visit.getInstitutionId(), assessor));
                }
            }
        }
    }

    /**
     * Makes the meetings those of {@code items}: items with an id edit that meeting, the others are
     * new. Returns which meeting each item became, so that new ones learn their id once stored.
     */
    Map<PlanForm.MeetingItem, Meeting> replaceMeetings(List<PlanForm.MeetingItem> items) {
        Map<PlanForm.MeetingItem, Meeting> stored = new IdentityHashMap<>();
        meetings.removeIf(m -> items.stream().noneMatch(i -> m.id().equals(i.getId())));
        for (PlanForm.MeetingItem item : items) {
            Meeting meeting = item.getId() == null ? null
                    : meetings.stream().filter(m -> m.id().equals(item.getId())).findFirst().orElse(null);
            if (meeting == null) {
                meeting = new Meeting(this);
                meetings.add(meeting);
            }
            meeting.plan(item);
            stored.put(item, meeting);
        }
        return stored;
    }

    Long getId() {
        return id;
    }

    Long reviewId() {
        return reviewId;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    String location() {
        return location;
    }

    int assessmentDueDays() {
        return assessmentDueDays;
    }

    List<ItineraryEntry> itinerary() {
        return itinerary;
    }

    List<Assignment> assignments() {
        return assignments;
    }

    List<Meeting> meetings() {
        return meetings;
    }

    long version() {
        return version;
    }
}
