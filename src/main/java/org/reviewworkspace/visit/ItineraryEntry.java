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
    private String hostContact;
    private String agenda;

    protected ItineraryEntry() {
    }

    ItineraryEntry(VisitPlan visitPlan, Long institutionId, LocalDate visitDate, Slot slot) {
        this.visitPlan = visitPlan;
        this.institutionId = institutionId;
        this.visitDate = visitDate;
        this.slot = slot;
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

    void reschedule(LocalDate date, Slot slot) {
        this.visitDate = date;
        this.slot = slot;
    }
}
