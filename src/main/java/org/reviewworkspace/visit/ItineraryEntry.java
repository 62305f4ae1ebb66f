package org.reviewworkspace.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import org.reviewworkspace.base.TextInput;

/** When the delegation is at one institution. */
@Entity
@Table(name = "itinerary_entry")
class ItineraryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private VisitPlan visitPlan;
    private Long institutionId;
    private LocalDate visitDate;
    @Enumerated(EnumType.STRING)
    private Slot slot;
    private LocalTime startTime;
    private LocalTime endTime;
    private String hostContact;
    private String agenda;

    protected ItineraryEntry() {
    }

    ItineraryEntry(VisitPlan visitPlan, Long institutionId) {
        this.visitPlan = visitPlan;
        this.institutionId = institutionId;
    }

    Long institutionId() {
        return institutionId;
    }

    LocalDate visitDate() {
        return visitDate;
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

    String hostContact() {
        return hostContact;
    }

    String agenda() {
        return agenda;
    }

    /** Takes when and how the institution is visited from the form. */
    void plan(PlanForm.InstitutionVisit visit) {
        this.visitDate = visit.getDate();
        this.slot = visit.getSlot();
        this.startTime = visit.getTimeFrom();
        this.endTime = visit.getTimeTo();
        this.hostContact = blankToNull(visit.getHostContact());
        this.agenda = blankToNull(visit.getAgenda());
    }

    static String blankToNull(String text) {
        return TextInput.blank(text) ? null : text.trim();
    }
}
