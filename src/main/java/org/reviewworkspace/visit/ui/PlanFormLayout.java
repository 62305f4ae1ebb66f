package org.reviewworkspace.visit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.security.UserSummary;
import org.reviewworkspace.visit.PlanDraft;
import org.reviewworkspace.visit.PlanForm;
import org.reviewworkspace.visit.PlanRules;
import org.reviewworkspace.visit.Slot;

/**
 * The visit plan as a form, shared by "Plan visit" and re-planning: the window, the delegation
 * with its lead, one compact row per institution (visited or not, when, by whom, host and
 * agenda) and the meetings with the host organisation. {@link PlanRules} runs on every change
 * and marks conflicts beside their fields; the views add the actions.
 */
public class PlanFormLayout extends VerticalLayout {

    final DatePicker start = new DatePicker("First day");
    final DatePicker end = new DatePicker("Last day");
    final TextField location = new TextField("Location");
    final MultiSelectComboBox<UserSummary> members = new MultiSelectComboBox<>("Delegation");
    final ComboBox<UserSummary> lead = new ComboBox<>("Lead");
    final VerticalLayout meetingRows = new VerticalLayout();
    final Map<String, HasValidation> fields = new HashMap<>();
    private final Binder<PlanForm> binder = new Binder<>(PlanForm.class);
    private final PlanForm form;
    private final Map<String, String> assessorNames;

    public PlanFormLayout(PlanDraft draft) {
        form = draft.form();
        assessorNames = draft.assessors().stream()
                .collect(Collectors.toMap(UserSummary::username, UserSummary::displayName));
        Map<String, UserSummary> byUsername = draft.assessors().stream()
                .collect(Collectors.toMap(UserSummary::username, Function.identity()));
        setPadding(false);

        start.setId("plan-start");
        end.setId("plan-end");
        location.setId("plan-location");
        location.setMaxLength(PlanRules.MAX_LOCATION);
        members.setId("plan-members");
        lead.setId("plan-lead");
        members.setItems(draft.assessors());
        members.setItemLabelGenerator(UserSummary::displayName);
        lead.setItemLabelGenerator(UserSummary::displayName);
        lead.setItems(draft.assessors());
        binder.forField(start).bind(PlanForm::getStartDate, PlanForm::setStartDate);
        binder.forField(end)
                .withValidator(day -> day == null || start.getValue() == null || !day.isBefore(start.getValue()),
                        "The visit cannot end before it starts")
                .bind(PlanForm::getEndDate, PlanForm::setEndDate);
        binder.forField(location).bind(PlanForm::getLocation, PlanForm::setLocation);
        binder.forField(members).bind(
                f -> f.getMembers().stream().map(byUsername::get).filter(Objects::nonNull).collect(Collectors.toSet()),
                (f, chosen) -> f.setMembers(chosen.stream().map(UserSummary::username).collect(Collectors.toSet())));
        binder.forField(lead).bind(f -> f.getLead() == null ? null : byUsername.get(f.getLead()),
                (f, chosen) -> f.setLead(chosen == null ? null : chosen.username()));
        binder.setBean(form);
        start.addValueChangeListener(e -> binder.validate());
        fields.put("startDate", start);
        fields.put("endDate", end);
        fields.put("location", location);
        fields.put("members", members);
        fields.put("lead", lead);

        FormLayout window = new FormLayout(start, end, location, members, lead);
        window.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(window, new H3("Institutions"), new Paragraph("Tick each institution the delegation visits, when, and "
                + "who assesses it. A time range, when given, decides overlaps instead of the slot."));
        for (PlanForm.InstitutionVisit visit : form.getInstitutions()) {
            add(institutionRow(visit, draft.assessors(), byUsername));
        }

        Button addMeeting = new Button("Add meeting", VaadinIcon.PLUS.create(), e -> {
            form.getMeetings().add(new PlanForm.MeetingItem("", form.getStartDate(), Slot.MORNING));
            showMeetings();
        });
        addMeeting.setId("plan-add-meeting");
        addMeeting.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        meetingRows.setPadding(false);
        meetingRows.setSpacing(false);
        add(new H3("Meetings with the host organisation"), meetingRows, addMeeting);
        showMeetings();
        binder.addValueChangeListener(e -> showConflicts());
    }

    /** The plan as edited so far. */
    public PlanForm form() {
        return form;
    }

    /** Validates the fields and marks the conflicts; whether the plan may be sent to the service. */
    public boolean validate() {
        boolean fieldsOk = binder.validate().isOk();
        showConflicts();
        return fieldsOk;
    }

    /** The input of a field name the service reports, or {@code null} to show its message apart. */
    public HasValidation field(String name) {
        return fields.get(name);
    }

    private VerticalLayout institutionRow(PlanForm.InstitutionVisit visit, List<UserSummary> assessors,
                                          Map<String, UserSummary> byUsername) {
        Long id = visit.getInstitutionId();
        Checkbox planned = new Checkbox(visit.getLabel(), visit.isPlanned());
        planned.setId("plan-institution-" + id);
        planned.setWidth("18em");
        DatePicker date = new DatePicker("Day", visit.getDate());
        date.setId("plan-date-" + id);
        date.setWidth("10em");
        Select<Slot> slot = new Select<>();
        slot.setId("plan-slot-" + id);
        slot.setLabel("Slot");
        slot.setItems(Slot.values());
        slot.setItemLabelGenerator(Slot::label);
        slot.setValue(visit.getSlot());
        slot.setWidth("8em");
        TimePicker from = timePicker("From", "plan-time-from-" + id, visit.getTimeFrom());
        TimePicker to = timePicker("To", "plan-time-to-" + id, visit.getTimeTo());
        MultiSelectComboBox<UserSummary> who = new MultiSelectComboBox<>("Assessors");
        who.setId("plan-assessors-" + id);
        who.setItems(assessors);
        who.setItemLabelGenerator(UserSummary::displayName);
        who.setValue(visit.getAssessors().stream().map(byUsername::get).filter(Objects::nonNull).collect(Collectors.toSet()));
        who.setWidth("20em");
        who.setMaxWidth("100%");
        TextField host = new TextField("Host contact", visit.getHostContact(), "");
        host.setId("plan-host-contact-" + id);
        host.setMaxLength(PlanRules.MAX_HOST_CONTACT);
        host.setWidth("18em");
        host.setMaxWidth("100%");
        TextArea agenda = new TextArea("Agenda");
        agenda.setValue(visit.getAgenda());
        agenda.setId("plan-agenda-" + id);
        agenda.setMaxLength(PlanRules.MAX_AGENDA);
        agenda.setMaxHeight("8em");
        agenda.setWidth("36em");
        // a tablet beside the menu has less room than 36em: the field narrows rather than the page widening
        agenda.setMaxWidth("100%");

        onChange(planned, visit::setPlanned);
        onChange(date, visit::setDate);
        onChange(slot, visit::setSlot);
        onChange(from, visit::setTimeFrom);
        onChange(to, visit::setTimeTo);
        onChange(host, visit::setHostContact);
        onChange(agenda, visit::setAgenda);
        who.addValueChangeListener(e -> {
            visit.setAssessors(e.getValue().stream().map(UserSummary::username).collect(Collectors.toSet()));
            showConflicts();
        });
        fields.put(visit.field("date"), date);
        fields.put(visit.field("timeFrom"), from);
        fields.put(visit.field("timeTo"), to);
        fields.put(visit.field("assessors"), who);
        fields.put(visit.field("hostContact"), host);
        fields.put(visit.field("agenda"), agenda);

        // full width, so that the rows wrap at the width of the form, not at the width of their fields
        HorizontalLayout when = new HorizontalLayout(planned, date, slot, from, to, who);
        when.setAlignItems(FlexComponent.Alignment.BASELINE);
        when.setWrap(true);
        when.setWidthFull();
        HorizontalLayout details = new HorizontalLayout(host, agenda);
        details.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.setWrap(true);
        details.setWidthFull();
        details.getStyle().set("padding-left", "var(--lumo-space-l)");
        details.setVisible(visit.isPlanned());
        planned.addValueChangeListener(e -> details.setVisible(e.getValue()));
        VerticalLayout row = new VerticalLayout(when, details);
        row.setPadding(false);
        row.setSpacing(false);
        row.setWidthFull();
        return row;
    }

    /** Rebuilds the meeting rows; field names follow the meetings' positions. */
    private void showMeetings() {
        meetingRows.removeAll();
        fields.keySet().removeIf(name -> name.startsWith("meeting."));
        List<PlanForm.MeetingItem> meetings = form.getMeetings();
        if (meetings.isEmpty()) {
            Paragraph none = new Paragraph("No meetings planned yet.");
            none.setId("plan-no-meetings");
            meetingRows.add(none);
        }
        for (int i = 0; i < meetings.size(); i++) {
            meetingRows.add(meetingRow(i, meetings.get(i)));
        }
        showConflicts();
    }

    private HorizontalLayout meetingRow(int index, PlanForm.MeetingItem meeting) {
        TextField title = new TextField("Meeting", meeting.getTitle(), "e.g. Meeting with the chairman of PAEC");
        title.setId("plan-meeting-title-" + index);
        title.setMaxLength(PlanRules.MAX_MEETING_TITLE);
        title.setWidth("18em");
        title.setMaxWidth("100%");
        DatePicker date = new DatePicker("Day", meeting.getDate());
        date.setId("plan-meeting-date-" + index);
        date.setWidth("10em");
        Select<Slot> slot = new Select<>();
        slot.setId("plan-meeting-slot-" + index);
        slot.setLabel("Slot");
        slot.setItems(Slot.values());
        slot.setItemLabelGenerator(Slot::label);
        slot.setValue(meeting.getSlot());
        slot.setWidth("8em");
        TimePicker from = timePicker("From", "plan-meeting-time-from-" + index, meeting.getTimeFrom());
        TimePicker to = timePicker("To", "plan-meeting-time-to-" + index, meeting.getTimeTo());
        TextField participants = new TextField("Participants", meeting.getParticipants(), "");
        participants.setId("plan-meeting-participants-" + index);
        participants.setMaxLength(PlanRules.MAX_PARTICIPANTS);
        participants.setWidth("20em");
        participants.setMaxWidth("100%");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            form.getMeetings().remove(meeting);
            showMeetings();
        });
        remove.setId("plan-meeting-remove-" + index);
        remove.setAriaLabel("Remove this meeting");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

        onChange(title, meeting::setTitle);
        onChange(date, meeting::setDate);
        onChange(slot, meeting::setSlot);
        onChange(from, meeting::setTimeFrom);
        onChange(to, meeting::setTimeTo);
        onChange(participants, meeting::setParticipants);
        fields.put(PlanForm.meetingField(index, "title"), title);
        fields.put(PlanForm.meetingField(index, "date"), date);
        fields.put(PlanForm.meetingField(index, "timeFrom"), from);
        fields.put(PlanForm.meetingField(index, "timeTo"), to);
        fields.put(PlanForm.meetingField(index, "participants"), participants);
        HorizontalLayout row = new HorizontalLayout(title, date, slot, from, to, participants, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        return row;
    }

    private static TimePicker timePicker(String label, String id, LocalTime value) {
        TimePicker picker = new TimePicker(label, value);
        picker.setId(id);
        picker.setStep(Duration.ofMinutes(15));
        picker.setWidth("7em");
        return picker;
    }

    private <T> void onChange(HasValue<?, T> field, Consumer<T> setter) {
        field.addValueChangeListener(e -> {
            setter.accept(e.getValue());
            showConflicts();
        });
    }

    /**
     * Shows the conflicts of the plan as it stands, beside their fields, while the coordinator
     * types; the binder clears the end date's mark itself, as it checks that field too.
     */
    void showConflicts() {
        Map<String, String> problems = new HashMap<>();
        try {
            PlanRules.check(form, assessorNames, false).throwIfAny();
        } catch (InvalidInputException e) {
            problems.putAll(e.fieldErrors());
        }
        fields.forEach((name, field) -> {
            String problem = problems.get(name);
            if (problem != null) {
                field.setErrorMessage(problem);
                field.setInvalid(true);
            } else if (!name.equals("endDate")) {
                field.setInvalid(false);
            }
        });
    }
}
