package org.reviewworkspace.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting of the delegation with the host organisation, e.g. with the chairman of PAEC. */
@Entity
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private VisitPlan visitPlan;
    private LocalDate meetingDate;
    @Enumerated(EnumType.STRING)
    private Slot slot;
    private LocalTime startTime;
    private LocalTime endTime;
    private String title;
    private String participants;

    protected Meeting() {
    }

    Meeting(VisitPlan visitPlan) {
        this.visitPlan = visitPlan;
    }

    /** Takes the meeting's details from the form. */
    void plan(PlanForm.MeetingItem item) {
        this.title = ItineraryEntry.blankToNull(item.getTitle());
        this.meetingDate = item.getDate();
        this.slot = item.getSlot();
        this.startTime = item.getTimeFrom();
        this.endTime = item.getTimeTo();
        this.participants = ItineraryEntry.blankToNull(item.getParticipants());
    }

    Long id() {
        return id;
    }

    LocalDate meetingDate() {
        return meetingDate;
    }

    Slot slot() {
        return slot;
    }

    LocalTime startTime() {
        return startTime;
    }

    LocalTime endTime() {
        return endTime;
    }

    String title() {
        return title;
    }

    String participants() {
        return participants;
    }

    /** The meeting as the form edits it. */
    PlanForm.MeetingItem toItem() {
        PlanForm.MeetingItem item = new PlanForm.MeetingItem(title, meetingDate, slot);
        item.setId(id);
        item.setTimeFrom(startTime);
        item.setTimeTo(endTime);
        item.setParticipants(participants);
        return item;
    }
}
