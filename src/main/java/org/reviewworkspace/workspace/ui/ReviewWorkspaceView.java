package org.reviewworkspace.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reviewworkspace.assessment.AssessmentCommentService;
import org.reviewworkspace.assessment.AssessmentProgress;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.assessment.EvidenceService;
import org.reviewworkspace.assessment.ConsensusService;
import org.reviewworkspace.assessment.ui.ConsensusPanel;
import org.reviewworkspace.assessment.ui.EvidencePanel;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.GuardedView;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingCommentService;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.finding.ui.FindingCommentsPanel;
import org.reviewworkspace.finding.ui.FindingCards;
import org.reviewworkspace.finding.ui.RevisionsDialog;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.live.Change;
import org.reviewworkspace.live.Presence;
import org.reviewworkspace.live.ui.LivePresence;
import org.reviewworkspace.live.ui.LiveRefresh;
import org.reviewworkspace.report.ReportService;
import org.reviewworkspace.report.ui.ReportPanel;
import org.reviewworkspace.comparison.ComparisonService;
import org.reviewworkspace.comparison.ui.CompareReviewsView;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.followup.ui.VerificationPanel;
import org.reviewworkspace.review.MemberRole;
import org.reviewworkspace.review.ReviewDetails;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.review.ui.ReviewsView;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SignOffRecord;
import org.reviewworkspace.signoff.SignOffService;
import org.reviewworkspace.timeline.StoryFilter;
import org.reviewworkspace.timeline.StoryKind;
import org.reviewworkspace.timeline.StoryLine;
import org.reviewworkspace.timeline.TimelineService;
import org.reviewworkspace.visit.Slot;
import org.reviewworkspace.visit.VisitOverview;
import org.reviewworkspace.visit.VisitService;

/**
 * One review as one record, at {@code reviews/<reference code>}: overview with what I should do
 * next, itinerary, assessments with the consensus of their assessors, findings, sign-off, the
 * published report and the timeline. Each tab loads when first opened.
 *
 * <p>Live: when anything is recorded on the review or one of its tasks changes, the tab on screen
 * catches up through the services (the others when next opened), without touching what the user
 * is typing; avatars show who else has the review open.
 */
@Route("reviews/:reference")
@PageTitle("Review · Review Workspace")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ASSESSOR, Role.Names.APPROVER, Role.Names.OBSERVER})
public class ReviewWorkspaceView extends GuardedView {

    final ReviewService reviews;
    final VisitService visits;
    final AssessmentService assessments;
    final FindingService findings;
    final SignOffService signOffs;
    final InboxService inbox;
    final ConsensusService consensus;
    final AssessmentCommentService comments;
    final FindingCommentService findingComments;
    final EvidenceService evidence;
    final ReportService reports;
    final TimelineService timelines;
    final FollowUpService followUps;
    final ComparisonService comparisons;
    final LivePresence presence;
    /** The tabs of the review on screen; built anew for each review opened. */
    TabSheet tabs;
    /** Who has the review open now. */
    AvatarGroup present;
    /** The review on screen; read by the live-updates thread to choose the changes that matter. */
    private volatile String referenceCode;
    private ReviewDetails details;
    private HorizontalLayout heading;
    private Span status;
    private final List<Pane> panes = new ArrayList<>();
    private Registration presenceVisit;

    public ReviewWorkspaceView(ReviewService reviews, VisitService visits, AssessmentService assessments,
                               FindingService findings, SignOffService signOffs, InboxService inbox,
                               ConsensusService consensus, AssessmentCommentService comments,
                               FindingCommentService findingComments, EvidenceService evidence,
                               ReportService reports, TimelineService timelines, FollowUpService followUps,
                               ComparisonService comparisons, LiveRefresh live, LivePresence presence) {
        super("reference", "review-unavailable", "This review cannot be opened");
        this.reviews = reviews;
        this.visits = visits;
        this.assessments = assessments;
        this.findings = findings;
        this.signOffs = signOffs;
        this.inbox = inbox;
        this.consensus = consensus;
        this.comments = comments;
        this.findingComments = findingComments;
        this.evidence = evidence;
        this.reports = reports;
        this.timelines = timelines;
        this.followUps = followUps;
        this.comparisons = comparisons;
        this.presence = presence;
        live.whenChanged(this, change -> (change.kind() == Change.Kind.REVIEW || change.kind() == Change.Kind.TASKS)
                && Objects.equals(change.referenceCode(), referenceCode), this::catchUp);
    }

    @Override
    protected void open(String referenceCode) {
        this.referenceCode = null;
        show(reviews.detailsByReference(referenceCode));
    }

    private void show(ReviewDetails details) {
        this.details = details;
        ReviewSummary review = details.review();
        referenceCode = review.referenceCode();
        status = statusOf(review);
        H2 title = new H2(review.referenceCode() + " · " + review.title());
        present = new AvatarGroup();
        present.setId("workspace-presence");
        present.setMaxItemsVisible(6);
        present.setWidth("auto");
        heading = new HorizontalLayout(title, status, present);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setWrap(true);
        add(heading);

        panes.clear();
        tabs = new TabSheet();
        tabs.setId("review-tabs");
        tabs.setWidthFull();
        tabs.add("Overview", pane(pane -> overview(this.details)).build());
        tabs.add("Itinerary", pane(pane -> itinerary(review.id())).holder);
        tabs.add("Assessments", pane(pane -> assessmentsTab(review.id(), pane)).holder);
        tabs.add("Findings", pane(pane -> findingsTab(review.id(), pane)).holder);
        tabs.add("Follow-ups", pane(pane -> new VerificationPanel(followUps, review.id(),
                comparisonLink(review.referenceCode()))).holder);
        tabs.add("Sign-off", pane(pane -> signOffTab(review.id())).holder);
        tabs.add("Report", pane(pane -> new ReportPanel(reports, review.id())).holder);
        tabs.add("Timeline", pane(pane -> timeline(review.id(), pane)).holder);
        tabs.addSelectedChangeListener(e -> panes.stream().filter(p -> p.holder == tabs.getComponent(e.getSelectedTab()))
                .findFirst().ifPresent(Pane::shown));
        add(tabs);

        if (presenceVisit != null) {
            presenceVisit.remove();
        }
        AvatarGroup avatars = present;
        presenceVisit = presence.show(avatars, Presence.Places.review(review.referenceCode()),
                here -> avatars.setItems(here.everyone().stream()
                        .filter(distinctBy(Presence.Visitor::username))
                        .map(visitor -> {
                            AvatarGroupItem item = new AvatarGroupItem(visitor.displayName());
                            item.setColorIndex(Math.abs(visitor.username().hashCode() % 7));
                            return item;
                        }).toList()));
    }

    /** "Compare with REV-2022-PK-01", for coordinators and approvers who may see the previous review. */
    private Optional<Anchor> comparisonLink(String referenceCode) {
        if (!comparisons.mayCompare()) {
            return Optional.empty();
        }
        try {
            return comparisons.previousOf(referenceCode).map(previous -> {
                Anchor link = new Anchor(CompareReviewsView.route(previous.referenceCode(), referenceCode),
                        "Compare with " + previous.referenceCode());
                link.setId("review-compare");
                return link;
            });
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private static Span statusOf(ReviewSummary review) {
        Span badge = ReviewsView.statusBadge(review.status());
        badge.setId("review-status");
        return badge;
    }

    private static <T> Predicate<T> distinctBy(Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    /**
     * Something was recorded on the review or its tasks changed: read the review again, then the
     * tab on screen catches up; the others are marked to catch up when next opened.
     */
    private void catchUp() {
        if (referenceCode == null || tabs == null) {
            return;
        }
        ReviewDetails latest;
        try {
            latest = reviews.detailsByReference(referenceCode);
        } catch (DomainException e) {
            // no longer allowed to see it (removed from the delegation, say): say so, as on opening
            refresh();
            return;
        }
        details = latest;
        Span latestStatus = statusOf(latest.review());
        heading.replace(status, latestStatus);
        status = latestStatus;
        Component selected = tabs.getSelectedTab() == null ? null : tabs.getComponent(tabs.getSelectedTab());
        for (Pane pane : panes) {
            pane.changed(pane.holder == selected);
        }
    }

    private Component overview(ReviewDetails details) {
        ReviewSummary review = details.review();
        VerticalLayout overview = new VerticalLayout();
        overview.setPadding(false);
        List<InboxItem> mine = inbox.myTasksOn(review.referenceCode());
        Div next = new Div();
        next.setId("review-next");
        next.addClassName("card");
        next.add(new H3("What you should do next"));
        if (mine.isEmpty()) {
            next.add(new Paragraph(review.status().isClosed() ? "Nothing: the review is "
                    + review.status().label().toLowerCase() + "." : "Nothing for you right now."));
        } else {
            UnorderedList list = new UnorderedList();
            mine.forEach(task -> list.add(new ListItem(new Anchor(task.route(), task.taskName()
                    + (task.institution().isEmpty() ? "" : " — " + task.institution())
                    + (task.due() == null ? "" : ", due " + Times.dateTime(task.due()))))));
            next.add(list);
        }
        VisitOverview visit = visits.overview(review.id());
        Div facts = new Div();
        facts.addClassName("card");
        facts.add(new Paragraph("Stage: " + review.status().label()),
                new Paragraph("Partnership: " + details.partnershipName()),
                new Paragraph("Coordinator: " + details.coordinatorName()),
                new Paragraph(visit.start() == null ? "Visit: not planned yet"
                        : "Visit: " + Times.date(visit.start()) + " – " + Times.date(visit.end())
                        + (visit.location() == null ? "" : ", " + visit.location())),
                new Paragraph("Started " + Times.dateTime(review.createdAt())
                        + (review.publishedAt() == null ? "" : " · published " + Times.dateTime(review.publishedAt()))));
        if (visit.assessmentsDue() != null) {
            facts.add(new Paragraph("Assessments due " + Times.dateTime(visit.assessmentsDue())));
        }
        if (details.objectives() != null) {
            facts.add(new Paragraph("Objectives: " + details.objectives()));
        }
        HorizontalLayout delegation = new HorizontalLayout();
        delegation.setId("review-delegation");
        delegation.setWrap(true);
        details.delegation().forEach(member -> {
            Avatar avatar = new Avatar(member.displayName());
            avatar.setColorIndex(Math.abs(member.username().hashCode() % 7));
            Span name = new Span(member.displayName() + (member.role() == MemberRole.LEAD ? " (lead)" : ""));
            HorizontalLayout person = new HorizontalLayout(avatar, name);
            person.setAlignItems(FlexComponent.Alignment.CENTER);
            person.setSpacing(true);
            delegation.add(person);
        });
        facts.add(new H3("Delegation"), details.delegation().isEmpty()
                ? new Paragraph("Not chosen yet; the coordinator chooses it while planning the visit.") : delegation);
        UnorderedList open = new UnorderedList();
        open.setId("review-open-tasks");
        details.openTasks().forEach(t -> open.add(new ListItem(t.name() + " — " + t.assigneeName())));
        facts.add(new H3("Open now"), details.openTasks().isEmpty() ? new Paragraph("Nothing.") : open);
        overview.add(next, facts, new H3("Where the review stands"),
                new ProcessDiagram(reviews.processPath(review.id())));
        HorizontalLayout actions = new HorizontalLayout();
        if (details.mayCancel() && review.status() == ReviewStatus.ASSESSING) {
            Anchor replan = new Anchor(ReviewRoutes.workspace(review.referenceCode()) + "/plan", "Change the visit plan");
            replan.setId("review-replan");
            Anchor reopen = new Anchor(ReviewRoutes.workspace(review.referenceCode()) + "/assessments",
                    "Reopen a submitted assessment");
            reopen.setId("review-reopen");
            actions.add(replan, reopen);
        }
        if (details.mayCancel() && (review.status() == ReviewStatus.PLANNING || review.status() == ReviewStatus.ASSESSING)) {
            Anchor criteria = new Anchor(ReviewRoutes.workspace(review.referenceCode()) + "/criteria", "Criteria");
            criteria.setId("review-criteria");
            actions.add(criteria);
        }
        if (details.mayCancel()) {
            actions.add(cancelButton(review.id()));
        }
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        overview.add(actions);
        return overview;
    }

    private Component itinerary(long reviewId) {
        VisitOverview visit = visits.overview(reviewId);
        VerticalLayout days = new VerticalLayout();
        days.setId("review-itinerary");
        days.setPadding(false);
        if (visit.isEmpty()) {
            days.add(new Paragraph("The visit has not been planned yet."));
            return days;
        }
        Map<LocalDate, List<ItineraryLine>> byDay = new TreeMap<>();
        visit.itinerary().stream().filter(s -> s.date() != null).forEach(stop -> byDay
                .computeIfAbsent(stop.date(), d -> new ArrayList<>())
                .add(new ItineraryLine(stop.slot(), stop.startTime(), stop.endTime(), stop.institutionAcronym() + " — "
                        + stop.institutionName() + " · assessed by " + String.join(", ", stop.assessorNames())
                        + (stop.hostContact() == null ? "" : " · host: " + stop.hostContact())
                        + (stop.agenda() == null ? "" : " · " + stop.agenda()))));
        visit.meetings().stream().filter(m -> m.date() != null).forEach(meeting -> byDay
                .computeIfAbsent(meeting.date(), d -> new ArrayList<>())
                .add(new ItineraryLine(meeting.slot(), meeting.startTime(), meeting.endTime(), "Meeting: " + meeting.title()
                        + (meeting.participants() == null ? "" : " · " + meeting.participants()))));
        byDay.forEach((day, lines) -> {
            Div card = new Div();
            card.addClassName("card");
            card.add(new H3(Times.date(day)));
            UnorderedList list = new UnorderedList();
            lines.stream().sorted().forEach(line -> list.add(new ListItem(line.when() + ": " + line.what())));
            card.add(list);
            days.add(card);
        });
        return days;
    }

    /** One line of a visit day: an institution visited or a meeting, in the order of the day. */
    private record ItineraryLine(Slot slot, LocalTime start, LocalTime end, String what)
            implements Comparable<ItineraryLine> {

        String when() {
            return start == null ? slot.label() : start + (end == null ? "" : "–" + end);
        }

        private LocalTime sortTime() {
            return start != null ? start : slot == Slot.AFTERNOON ? LocalTime.of(13, 0) : LocalTime.of(9, 0);
        }

        @Override
        public int compareTo(ItineraryLine other) {
            return sortTime().compareTo(other.sortTime());
        }
    }

    private Component assessmentsTab(long reviewId, Pane pane) {
        Grid<AssessmentProgress> grid = new Grid<>();
        grid.setId("review-assessments");
        grid.addColumn(AssessmentProgress::institutionAcronym).setHeader("Institution").setAutoWidth(true);
        grid.addColumn(AssessmentProgress::assessorName).setHeader("Assessor").setAutoWidth(true);
        grid.addColumn(AssessmentProgress::state).setHeader("State").setAutoWidth(true);
        grid.addColumn(p -> p.submittedAt() != null ? "Submitted " + Times.dateTime(p.submittedAt())
                : p.savedAt() != null ? "Draft saved " + Times.dateTime(p.savedAt()) : "")
                .setHeader("When").setFlexGrow(1);
        grid.setItems(assessments.progress(reviewId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No assignments yet: they are made while planning the visit.");
        VerticalLayout tab = new VerticalLayout(grid);
        tab.setPadding(false);
        // the consensus below holds comment threads that may be half typed; only the progress follows
        pane.catchUp = () -> grid.setItems(assessments.progress(reviewId));
        try {
            ConsensusPanel panel = new ConsensusPanel(consensus, comments, reviewId);
            panel.announceReaders(presence, referenceCode);
            grid.addItemClickListener(e -> panel.showInstitution(e.getItem().institutionAcronym()));
            tab.add(panel);
        } catch (DomainException e) {
            // observers of a published review see the progress, not the assessors' scores
            Paragraph refused = new Paragraph(e.getMessage());
            refused.addClassName("hint");
            tab.add(refused);
        }
        try {
            tab.add(EvidencePanel.ofReview(evidence, reviewId));
        } catch (DomainException e) {
            // whoever may not see the assessments may not see their evidence either
        }
        return tab;
    }

    private Component findingsTab(long reviewId, Pane pane) {
        List<FindingView> set = findings.findingsOf(reviewId);
        if (set.isEmpty()) {
            Paragraph none = new Paragraph("No findings yet: assessors raise them in their assessments.");
            none.setId("review-findings");
            return none;
        }
        Map<Long, Long> counts = discussionCounts(reviewId);
        Div cards = FindingCards.of(set, (card, finding) -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (finding.revision() > 1) {
                Button history = new Button("History: " + finding.revision() + " revisions",
                        e -> new RevisionsDialog(findings, finding.id(), null, null).open());
                history.setId("finding-history-" + finding.id());
                history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                actions.add(history);
            }
            if (counts != null) {
                Button discussion = new Button("Discussion (" + counts.getOrDefault(finding.id(), 0L) + ")");
                discussion.setId("finding-discussion-" + finding.id());
                discussion.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                discussion.addClickListener(e -> {
                    card.add(new FindingCommentsPanel(findingComments, finding.id()));
                    discussion.setEnabled(false);
                    // an open discussion may hold a half-typed comment: offer the latest findings instead
                    pane.catchUp = () -> pane.offerLatest("The findings changed since you opened them.");
                });
                actions.add(discussion);
            }
            card.add(actions);
        });
        cards.setId("review-findings");
        return cards;
    }

    /** How many comments each finding has, or {@code null} for users who may not read the discussion. */
    private Map<Long, Long> discussionCounts(long reviewId) {
        try {
            return findingComments.commentCounts(reviewId);
        } catch (DomainException e) {
            return null;
        }
    }

    private Component signOffTab(long reviewId) {
        List<SignOffRecord> decisions = signOffs.decisions(reviewId);
        VerticalLayout layout = new VerticalLayout();
        layout.setId("review-sign-offs");
        layout.setPadding(false);
        if (decisions.isEmpty()) {
            layout.add(new Paragraph("No decision yet."));
        }
        for (SignOffRecord record : decisions) {
            Div card = new Div();
            card.addClassName("card");
            card.add(new H3("Round " + record.round() + ": " + record.decision().label()),
                    new Paragraph(record.approverName() + ", " + Times.dateTime(record.decidedAt())),
                    new Paragraph(record.rationale() != null ? record.rationale()
                            : record.decision() == Decision.CHANGES_REQUESTED
                            ? "Changes were requested on individual findings; each request is in that finding's "
                            + "discussion." : "No rationale given."));
            Paragraph fingerprint = new Paragraph("Findings set SHA-256 " + record.findingsHash()
                    + (record.stillApplies() ? " — the current set" : " — the findings changed since; this decision "
                    + "no longer applies to them"));
            fingerprint.addClassName("hint");
            card.add(fingerprint);
            layout.add(card);
        }
        return layout;
    }

    /** The review's story: our events and the engine's history, newest first, filtered by kind and person. */
    private Component timeline(long reviewId, Pane pane) {
        MultiSelectComboBox<StoryKind> kinds = new MultiSelectComboBox<>("Show");
        kinds.setId("timeline-kinds");
        kinds.setItems(StoryKind.values());
        kinds.setItemLabelGenerator(StoryKind::label);
        kinds.setValue(StoryKind.DEFAULT);
        kinds.setWidth("28em");
        ComboBox<Map.Entry<String, String>> person = new ComboBox<>("Person");
        person.setId("timeline-person");
        person.setItems(List.copyOf(timelines.people(reviewId).entrySet()));
        person.setItemLabelGenerator(Map.Entry::getValue);
        person.setClearButtonVisible(true);
        person.setPlaceholder("Everyone");
        Grid<StoryLine> story = new Grid<>();
        story.setId("review-timeline");
        story.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        story.addColumn(e -> Times.dateTime(e.at())).setHeader("When").setWidth("13em").setFlexGrow(0);
        story.addColumn(StoryLine::actorName).setHeader("Who").setWidth("12em").setFlexGrow(0);
        story.addColumn(e -> e.kind().label()).setHeader("Kind").setWidth("11em").setFlexGrow(0);
        story.addColumn(StoryLine::text).setHeader("What").setFlexGrow(1);
        story.setHeight("32em");
        Runnable load = () -> {
            StoryFilter filter = new StoryFilter(kinds.getValue(),
                    person.getValue() == null ? null : person.getValue().getKey());
            story.setItems(query -> timelines.story(reviewId, filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) timelines.storySize(reviewId, filter));
        };
        kinds.addValueChangeListener(e -> load.run());
        person.addValueChangeListener(e -> load.run());
        load.run();
        pane.catchUp = () -> story.getDataProvider().refreshAll();
        HorizontalLayout filters = new HorizontalLayout(kinds, person);
        filters.setWrap(true);
        VerticalLayout tab = new VerticalLayout(filters, story);
        tab.setPadding(false);
        return tab;
    }

    private Pane pane(Function<Pane, Component> content) {
        Pane pane = new Pane(content);
        panes.add(pane);
        return pane;
    }

    /**
     * A tab whose content is built the first time it is shown. After a change it catches up: by
     * default it is built again, or in a way of its own ({@link #catchUp}) where it holds what
     * the user chose or types.
     */
    private static final class Pane {

        final Div holder = new Div();
        final Function<Pane, Component> content;
        /** How built content catches up with a change; {@code null}: build it again. */
        Runnable catchUp;
        boolean built;
        boolean stale;

        Pane(Function<Pane, Component> content) {
            this.content = content;
            holder.setWidthFull();
        }

        /** Builds the content now, for the tab shown first. */
        Div build() {
            catchUp = null;
            holder.removeAll();
            try {
                holder.add(content.apply(this));
            } catch (DomainException ex) {
                holder.add(new Paragraph(ex.getMessage()));
            }
            built = true;
            stale = false;
            return holder;
        }

        void shown() {
            if (!built) {
                build();
            } else if (stale) {
                catchUpNow();
            }
        }

        void changed(boolean onScreen) {
            if (!built) {
                return;
            }
            if (onScreen) {
                catchUpNow();
            } else {
                stale = true;
            }
        }

        private void catchUpNow() {
            stale = false;
            try {
                if (catchUp == null) {
                    build();
                } else {
                    catchUp.run();
                }
            } catch (DomainException ex) {
                holder.removeAll();
                holder.add(new Paragraph(ex.getMessage()));
            }
        }

        /** Offers the latest content above what is shown, leaving what the user is typing alone. */
        void offerLatest(String what) {
            if (holder.getChildren().anyMatch(c -> "review-show-latest-bar".equals(c.getId().orElse(null)))) {
                return;
            }
            Button latest = new Button("Show the latest", e -> build());
            latest.setId("review-show-latest");
            latest.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Paragraph note = new Paragraph(what + " ");
            note.addClassName("hint");
            HorizontalLayout offer = new HorizontalLayout(note, latest);
            offer.setId("review-show-latest-bar");
            offer.setAlignItems(FlexComponent.Alignment.BASELINE);
            holder.addComponentAsFirst(offer);
        }
    }

    private Button cancelButton(long reviewId) {
        Button cancel = new Button("Cancel review", e -> {
            TextArea reason = new TextArea("Reason");
            reason.setWidthFull();
            reason.setId("cancel-reason");
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader("Cancel this review?");
            dialog.add(new Paragraph("Open tasks are withdrawn and the review ends as cancelled."), reason);
            dialog.setCancelable(true);
            dialog.setConfirmText("Cancel review");
            dialog.setCloseOnEsc(true);
            dialog.addConfirmListener(c -> {
                if (Actions.run(() -> reviews.cancelReview(reviewId, reason.getValue()), "Review cancelled",
                        name -> reason)) {
                    getUI().ifPresent(ui -> ui.getPage().reload());
                } else {
                    dialog.open();
                }
            });
            dialog.open();
        });
        cancel.setId("cancel-review");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }
}
