package org.reviewworkspace.home.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditLogEntry;
import org.reviewworkspace.audit.AuditLogFilter;
import org.reviewworkspace.audit.AuditLogService;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.EChart;
import org.reviewworkspace.finding.FindingCount;
import org.reviewworkspace.finding.FindingFilter;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.followup.FollowUpStatus;
import org.reviewworkspace.finding.ui.FindingsView;
import org.reviewworkspace.followup.ui.FollowUpsView;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.inbox.ui.InboxView;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.review.ui.ReviewsView;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.CurrentUser;
import org.springframework.data.domain.PageRequest;

/**
 * Where I stand at a glance (DESIGN.md §5, "Home"): my open and overdue tasks, the reviews I may
 * see by stage, their findings by domain and type, the follow-ups of published recommendations by
 * status, and what happened last. Each chart has its
 * numbers as links beside it, for keyboards and screen readers; a click on a bar opens the list
 * behind it, narrowed to that bar.
 */
@Route("home")
@PageTitle("Home · Review Workspace")
@Menu(order = -1, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends VerticalLayout {

    /** How many audit events "Recent activity" shows. */
    static final int RECENT = 10;

    /** Colours of the types of finding: green for what works, amber for what worries, blue for what to do. */
    private static final Map<FindingType, String> TYPE_COLOURS = Map.of(FindingType.STRENGTH, "#1f8a4c",
            FindingType.CONCERN, "#c2700a", FindingType.RECOMMENDATION, "#1a6fd6");
    private static final String PRIMARY = "#1a6fd6";
    private static final String WARNING = "#c2700a";
    private static final String ERROR = "#c8283c";
    /** Open follow-ups in the colours of work to do, closed ones green or grey. */
    private static final Map<FollowUpStatus, String> FOLLOW_UP_COLOURS = Map.of(FollowUpStatus.NOT_STARTED, ERROR,
            FollowUpStatus.IN_PROGRESS, WARNING, FollowUpStatus.IMPLEMENTED, "#1f8a4c",
            FollowUpStatus.NO_LONGER_RELEVANT, "#6b7280");

    /** A bar of the task chart: the inbox filter it counts and opens (a key of {@link InboxView#PRESETS}). */
    private record TaskBar(String preset, String label, String colour) {
    }

    private static final List<TaskBar> TASK_BARS = List.of(new TaskBar("open", "Open", PRIMARY),
            new TaskBar("due-soon", "Due within 3 days", WARNING), new TaskBar("overdue", "Overdue", ERROR));

    final EChart reviewsByStage = new EChart("Reviews by stage");
    final EChart myTasks = new EChart("My open and overdue tasks");
    final EChart findingsByDomain = new EChart("Findings by domain and type");
    final EChart followUpsByStatus = new EChart("Follow-ups by status");

    public HomeView(ReviewService reviews, InboxService inbox, FindingService findings, FollowUpService followUps,
                    AuditLogService auditLog, CurrentUser currentUser) {
        addClassName("view");
        setId("home");

        Div cards = new Div();
        cards.setId("home-cards");
        cards.setWidthFull();
        cards.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 26rem), 1fr))");
        cards.add(tasksCard(inbox), stagesCard(reviews.countByStatus()),
                findingsCard(findings.countByDomainAndType()), followUpsCard(followUps.countByStatus()));
        if (Capability.READ_AUDIT_TRAIL.grantedToAny(currentUser.roles())) {
            cards.add(activityCard(auditLog.search(AuditLogFilter.none(), PageRequest.of(0, RECENT))));
        }
        add(new H2("Home"), cards);
    }

    private Component tasksCard(InboxService inbox) {
        Map<TaskBar, Long> counts = new LinkedHashMap<>();
        TASK_BARS.forEach(bar -> counts.put(bar, inbox.count(InboxView.PRESETS.get(bar.preset()))));
        Div card = card("home-my-tasks", "My tasks");
        if (counts.get(TASK_BARS.get(0)) == 0) {
            card.add(emptyState("Nothing to do right now."));
            return card;
        }
        myTasks.setId("home-tasks-chart");
        myTasks.setHeight("11rem");
        countBars(card, myTasks, "My tasks", "home-tasks-numbers", TASK_BARS, TaskBar::label, counts, TaskBar::colour,
                bar -> true, InboxView.class, bar -> InboxView.withFilter(bar.preset()));
        return card;
    }

    private Component stagesCard(Map<ReviewStatus, Long> counts) {
        Div card = card("home-reviews-by-stage", "Reviews by stage");
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            card.add(emptyState("No reviews you can see yet."));
            return card;
        }
        reviewsByStage.setId("home-stages-chart");
        reviewsByStage.setHeight("17rem");
        // the stages with reviews only: eight lines, most of them zero, would bury the ones that matter
        countBars(card, reviewsByStage, "Reviews by stage", "home-stages-numbers", List.of(ReviewStatus.values()),
                ReviewStatus::label, counts, null, stage -> counts.get(stage) > 0, ReviewsView.class,
                ReviewsView::withStatus);
        return card;
    }

    private Component findingsCard(List<FindingCount> counts) {
        Div card = card("home-findings", "Findings by domain and type");
        if (counts.isEmpty()) {
            card.add(emptyState("No findings of reviews you can see yet."));
            return card;
        }
        List<String> domains = counts.stream().map(FindingCount::domain).distinct().toList();
        List<String> labels = domains.stream().map(HomeView::domainLabel).toList();
        ObjectNode option = horizontalBars(labels);
        option.putObject("legend").put("top", 0);
        option.withObjectProperty("grid").put("top", 36);
        for (FindingType type : FindingType.values()) {
            ArrayNode data = series(option, type.label(), TYPE_COLOURS.get(type), "findings");
            // no bar, so no "0" label, where a domain has none of a type
            domains.forEach(domain -> {
                long count = count(counts, domain, type);
                if (count == 0) {
                    data.addNull();
                } else {
                    data.add(count);
                }
            });
        }
        findingsByDomain.setId("home-findings-chart");
        findingsByDomain.setHeight(Math.max(12, 6 + 3 * domains.size()) + "rem");
        findingsByDomain.setOption(option);
        findingsByDomain.setAccessibleName("Findings by domain and type: " + counts.stream()
                .map(c -> domainLabel(c.domain()) + ", " + c.type().label().toLowerCase() + " " + c.count())
                .reduce((a, b) -> a + "; " + b).orElse(""));
        findingsByDomain.addChartClickListener(e -> {
            int index = labels.indexOf(e.getName());
            FindingType type = typeLabelled(e.getSeriesName());
            if (index >= 0 && type != null) {
                getUI().ifPresent(ui -> ui.navigate(FindingsView.class, FindingsView.narrowedTo(type,
                        domainParameter(domains.get(index)))));
            }
        });
        card.add(findingsByDomain, findingsTable(domains, counts));
        return card;
    }

    /** The chart's numbers as a table, domains down and types across, each number linking to its findings. */
    private static NativeTable findingsTable(List<String> domains, List<FindingCount> counts) {
        NativeTable table = new NativeTable();
        table.setId("home-findings-numbers");
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        NativeTableRow head = table.getHead().addRow();
        spaced(head.addHeaderCell()).setText("Domain");
        for (FindingType type : FindingType.values()) {
            spaced(head.addHeaderCell()).setText(type.label());
        }
        for (String domain : domains) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = spaced(row.addHeaderCell());
            name.setText(domainLabel(domain));
            name.getElement().setAttribute("scope", "row");
            name.getStyle().set("text-align", "start").set("font-weight", "normal");
            for (FindingType type : FindingType.values()) {
                long count = count(counts, domain, type);
                NativeTableCell cell = spaced(row.addDataCell());
                cell.getStyle().set("text-align", "end");
                if (count == 0) {
                    cell.setText("0");
                } else {
                    RouterLink link = new RouterLink(Long.toString(count), FindingsView.class);
                    link.setQueryParameters(FindingsView.narrowedTo(type, domainParameter(domain)));
                    cell.add(link);
                }
            }
        }
        return table;
    }

    private static <C extends HasStyle> C spaced(C cell) {
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        return cell;
    }

    private Component followUpsCard(Map<FollowUpStatus, Long> counts) {
        Div card = card("home-follow-ups", "Follow-ups by status");
        if (counts.values().stream().mapToLong(Long::longValue).sum() == 0) {
            card.add(emptyState("No follow-ups yet: a published report's recommendations become follow-ups."));
            return card;
        }
        followUpsByStatus.setId("home-follow-ups-chart");
        followUpsByStatus.setHeight("11rem");
        countBars(card, followUpsByStatus, "Follow-ups by status", "home-follow-ups-numbers", List.of(FollowUpStatus.values()),
                FollowUpStatus::label, counts, FOLLOW_UP_COLOURS::get, status -> true, FollowUpsView.class,
                FollowUpsView::withStatus);
        return card;
    }

    private static Component activityCard(List<AuditLogEntry> entries) {
        Div card = card("home-activity", "Recent activity");
        if (entries.isEmpty()) {
            card.add(emptyState("Nothing has happened yet."));
            return card;
        }
        UnorderedList list = new UnorderedList();
        list.setId("home-activity-list");
        list.getStyle().set("padding-inline-start", "0").set("list-style", "none").set("margin", "0");
        for (AuditLogEntry entry : entries) {
            Span when = new Span(Times.dateTime(entry.occurredAt()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("display", "block");
            ListItem item = new ListItem(when);
            if (entry.reviewCode() != null) {
                Anchor review = new Anchor(ReviewRoutes.workspace(entry.reviewCode()), entry.reviewCode());
                // within a sentence a link needs more than its colour to stand out (WCAG 1.4.1)
                review.getStyle().set("text-decoration", "underline");
                item.add(review, new Span(" \u00b7 "));
            }
            item.add(new Span(entry.summary()));
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            list.add(item);
        }
        card.add(list);
        return card;
    }

    /**
     * Draws one bar a category into {@code chart} as the series {@code name} — in each bar's
     * {@code colour}, or all in the primary colour when it is {@code null} — names the chart for
     * screen readers "{@code name}: " and the numbers of the {@code listed} bars, and adds it to {@code card} with those numbers beside it
     * as links to the list behind each bar; a click on a bar opens that list too.
     */
    private <T> void countBars(Div card, EChart chart, String name, String numbersId, List<T> bars,
                               Function<T, String> label, Map<T, Long> counts, Function<T, String> colour,
                               Predicate<T> listed, Class<? extends Component> target,
                               Function<T, QueryParameters> parameters) {
        ObjectNode option = horizontalBars(bars.stream().map(label).toList());
        ArrayNode data = series(option, name, colour == null ? PRIMARY : null, null);
        bars.forEach(bar -> {
            if (colour == null) {
                data.add(counts.get(bar));
            } else {
                data.addObject().put("value", counts.get(bar)).putObject("itemStyle").put("color", colour.apply(bar));
            }
        });
        chart.setOption(option);
        chart.setAccessibleName(name + ": " + bars.stream().filter(listed)
                .map(bar -> label.apply(bar).toLowerCase() + " " + counts.get(bar)).collect(Collectors.joining(", ")));
        chart.addChartClickListener(e -> bars.stream().filter(bar -> label.apply(bar).equals(e.getName())).findFirst()
                .ifPresent(bar -> getUI().ifPresent(ui -> ui.navigate(target, parameters.apply(bar)))));
        UnorderedList numbers = new UnorderedList();
        numbers.setId(numbersId);
        bars.stream().filter(listed).forEach(bar -> numbers.add(new ListItem(link(label.apply(bar), counts.get(bar),
                target, parameters.apply(bar)))));
        card.add(chart, numbers);
    }

    /** A bar chart option with {@code categories} down the side, read top to bottom, and the counts across. */
    private static ObjectNode horizontalBars(List<String> categories) {
        ObjectNode option = EChart.option();
        // room below for the value axis' numbers, right for the numbers beside the longest bar
        option.putObject("grid").put("left", 8).put("right", 32).put("top", 8).put("bottom", 28);
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        categories.forEach(yAxis.putArray("data")::add);
        yAxis.putObject("axisLabel").put("width", 180).put("overflow", "break").put("lineHeight", 14);
        option.putArray("series");
        return option;
    }

    /**
     * Adds a bar series named {@code name}, in {@code colour} unless its items have their own, on
     * the {@code stack} of bars of that name if there is one; returns its data to fill in.
     */
    private static ArrayNode series(ObjectNode option, String name, String colour, String stack) {
        ObjectNode series = option.withArrayProperty("series").addObject().put("type", "bar").put("name", name)
                .put("cursor", "pointer");
        if (stack != null) {
            series.put("stack", stack);
        }
        // a stack's numbers inside its parts; a lone bar's beside it, where a zero still shows
        series.putObject("label").put("show", true).put("position", stack == null ? "right" : "inside");
        if (colour != null) {
            series.putObject("itemStyle").put("color", colour);
        }
        series.put("barMaxWidth", 28);
        return series.putArray("data");
    }

    private static Div card(String id, String title) {
        Div card = new Div(new H3(title));
        card.setId(id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("background", "var(--lumo-base-color)").set("min-width", "0");
        return card;
    }

    private static Paragraph emptyState(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("empty-state");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return empty;
    }

    private static RouterLink link(String label, long count, Class<? extends Component> target,
                                   QueryParameters parameters) {
        RouterLink link = new RouterLink(label + ": " + count, target);
        link.setQueryParameters(parameters);
        return link;
    }

    private static long count(List<FindingCount> counts, String domain, FindingType type) {
        return counts.stream().filter(c -> Objects.equals(c.domain(), domain) && c.type() == type)
                .mapToLong(FindingCount::count).sum();
    }

    private static String domainLabel(String domain) {
        return domain == null ? FindingsView.NO_DOMAIN_LABEL : domain;
    }

    /** The findings list's domain parameter for {@code domain}: empty for findings without one. */
    private static String domainParameter(String domain) {
        return domain == null ? FindingFilter.NO_DOMAIN : domain;
    }

    private static FindingType typeLabelled(String label) {
        for (FindingType type : FindingType.values()) {
            if (type.label().equals(label)) {
                return type;
            }
        }
        return null;
    }
}
