package org.reviewworkspace.comparison.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadEvent;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.ui.EChart;
import org.reviewworkspace.base.ui.ErrorHandling;
import org.reviewworkspace.base.ui.GuardedView;
import org.reviewworkspace.comparison.ComparisonService;
import org.reviewworkspace.comparison.InstitutionComparison;
import org.reviewworkspace.comparison.RecommendationFollowUp;
import org.reviewworkspace.comparison.ReviewComparison;
import org.reviewworkspace.comparison.ScoreChange;
import org.reviewworkspace.finding.ui.FindingCards;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;

/**
 * Two reviews of a partnership side by side (DESIGN.md §5, "Compare reviews"): the mean score of
 * every institution per criterion in each and the change, as a chart and a table, the earlier
 * review's recommendations with the verdicts of the later one, and the later review's findings.
 * The review in the address is compared with the one named by {@code ?with=}, by default the
 * review it followed.
 */
@Route("reviews/:reference/compare")
@PageTitle("Compare reviews · Review Workspace")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.APPROVER})
public class CompareReviewsView extends GuardedView {

    private static final String ALL_CRITERIA = InstitutionComparison.ALL_CRITERIA;
    /** The earlier review in a muted blue, the later in the application's blue, as in a before/after chart. */
    private static final String EARLIER_COLOUR = "#8fa9cc";
    private static final String LATER_COLOUR = "#1a6fd6";

    final ComparisonService comparisons;
    ComboBox<ReviewSummary> other;
    Grid<InstitutionComparison> scores;
    Grid<RecommendationFollowUp> recommendations;
    Anchor export;
    Select<String> criterion;
    EChart chart;
    /** The review named by {@code ?with=}, or {@code null} for the one the review followed. */
    private String with;
    /** The two reviews on screen, for the download, which runs outside the UI's lock. */
    private volatile String[] shown = new String[2];

    public CompareReviewsView(ComparisonService comparisons) {
        super("reference", "compare-unavailable", "These reviews cannot be compared");
        this.comparisons = comparisons;
    }

    /** The address of the comparison of {@code later} with {@code earlier}. */
    public static String route(String earlier, String later) {
        return ReviewRoutes.workspace(later) + "/compare?with=" + earlier;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        with = event.getLocation().getQueryParameters().getSingleParameter("with").orElse(null);
        super.beforeEnter(event);
    }

    @Override
    protected void open(String referenceCode) {
        String earlier = with != null ? with : comparisons.previousOf(referenceCode).map(ReviewSummary::referenceCode)
                .orElseThrow(() -> new NotFoundException("Review " + referenceCode
                        + " follows no earlier review; choose one to compare it with."));
        ReviewComparison comparison = comparisons.compare(earlier, referenceCode);
        String earlierCode = comparison.earlier().referenceCode();
        String laterCode = comparison.later().referenceCode();
        shown = new String[] {earlierCode, laterCode};
        add(new H2("Compare " + earlierCode + " with " + laterCode));

        other = new ComboBox<>("Compare " + referenceCode + " with");
        other.setId("compare-with");
        other.setItems(comparisons.comparable(referenceCode).stream()
                .filter(r -> !r.referenceCode().equals(referenceCode)).toList());
        other.setItemLabelGenerator(r -> r.referenceCode() + " \u00b7 " + r.title());
        other.setWidth("min(28rem, 100%)");
        other.getListDataView().getItems().filter(r -> r.referenceCode().equals(earlier.equals(referenceCode)
                ? laterCode : earlier)).findFirst().ifPresent(other::setValue);
        other.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ReviewRoutes.workspace(referenceCode) + "/compare",
                        QueryParameters.of("with", e.getValue().referenceCode())));
            }
        });
        export = new Anchor(this::exportCsv, AttachmentType.DOWNLOAD, "Export CSV");
        export.setId("compare-export-csv");
        export.setTitle("Download the score changes as a CSV file");
        HorizontalLayout bar = new HorizontalLayout(other, export);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar);

        Paragraph basis = new Paragraph("Mean submitted scores (1 to 5): " + earlierCode + " from "
                + comparison.earlierAssessments() + " assessments, " + laterCode + " from "
                + comparison.laterAssessments() + " so far (" + comparison.later().status().label().toLowerCase()
                + "). Drafts do not count.");
        basis.setId("compare-basis");
        Paragraph open = new Paragraph(new Span("Open "), ReviewRoutes.link(earlierCode, comparison.earlier().title()),
                new Span(" or "), ReviewRoutes.link(laterCode, comparison.later().title()));
        add(basis, open);
        add(new H3("Scores per institution"), chartOf(comparison), scoreTable(comparison));
        add(new H3("Recommendations of " + earlierCode + " and what " + laterCode + " found"),
                recommendationTable(comparison));
        add(new H3("Findings of " + laterCode));
        if (comparison.newFindings().isEmpty()) {
            Paragraph none = new Paragraph(laterCode + " has no findings yet.");
            none.setId("compare-no-findings");
            add(none);
        } else {
            add(FindingCards.of(comparison.newFindings(), (card, finding) -> { }));
        }
    }

    /**
     * Each institution's mean score in both reviews as bars side by side, over all criteria or, as
     * chosen, one criterion; the table below gives the same numbers.
     */
    private Div chartOf(ReviewComparison comparison) {
        criterion = new Select<>();
        criterion.setId("compare-criterion");
        criterion.setLabel("Chart shows");
        criterion.setItems(Stream.concat(Stream.of(ALL_CRITERIA), comparison.criteria().stream()).toList());
        criterion.setValue(ALL_CRITERIA);
        criterion.setWidth("min(28rem, 100%)");
        chart = new EChart("Scores per institution");
        chart.setId("compare-chart");
        chart.setHeight("20rem");
        chart.setWidthFull();
        draw(comparison, ALL_CRITERIA);
        criterion.addValueChangeListener(e -> draw(comparison, e.getValue()));
        Div holder = new Div(criterion, chart);
        holder.setWidthFull();
        return holder;
    }

    private void draw(ReviewComparison comparison, String shown) {
        List<ScoreChange> scores = comparison.institutions().stream()
                .map(institution -> ALL_CRITERIA.equals(shown) ? institution.overall()
                        : institution.scores().stream().filter(s -> s.criterion().equals(shown)).findFirst()
                        .orElse(new ScoreChange(shown, null, null)))
                .toList();
        ObjectNode option = EChart.option();
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 32).put("right", 16).put("top", 40).put("bottom", 28);
        ArrayNode institutions = option.putObject("xAxis").put("type", "category").putArray("data");
        comparison.institutions().forEach(institution -> institutions.add(institution.acronym()));
        option.putObject("yAxis").put("type", "value").put("min", 0).put("max", 5).put("interval", 1);
        ArrayNode series = option.putArray("series");
        bars(series, comparison.earlier().referenceCode(), EARLIER_COLOUR, scores, ScoreChange::earlier);
        bars(series, comparison.later().referenceCode(), LATER_COLOUR, scores, ScoreChange::later);
        chart.setOption(option);
        chart.setAccessibleName((ALL_CRITERIA.equals(shown) ? "Mean score over all criteria" : "Mean score for "
                + shown) + ", " + comparison.earlier().referenceCode() + " then " + comparison.later().referenceCode()
                + ": " + IntStream.range(0, scores.size()).mapToObj(i -> comparison.institutions().get(i).acronym()
                + " " + scores.get(i).summary()).collect(Collectors.joining("; ")));
    }

    private static void bars(ArrayNode series, String name, String colour, List<ScoreChange> scores,
                             Function<ScoreChange, BigDecimal> side) {
        ObjectNode bars = series.addObject().put("type", "bar").put("name", name).put("barMaxWidth", 32);
        bars.putObject("itemStyle").put("color", colour);
        bars.putObject("label").put("show", true).put("position", "top");
        ArrayNode data = bars.putArray("data");
        scores.forEach(score -> {
            BigDecimal mean = side.apply(score);
            if (mean == null) {
                data.addNull();
            } else {
                data.add(mean);
            }
        });
    }

    private Grid<InstitutionComparison> scoreTable(ReviewComparison comparison) {
        scores = new Grid<>();
        scores.setId("compare-scores");
        scores.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        scores.setAllRowsVisible(true);
        scores.addColumn(InstitutionComparison::acronym).setHeader("Institution").setFrozen(true).setAutoWidth(true)
                .setTooltipGenerator(InstitutionComparison::name);
        List<String> criteria = comparison.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            int index = i;
            scores.addColumn(row -> row.scores().get(index).summary()).setHeader(criteria.get(i))
                    .setTextAlign(ColumnTextAlign.END).setWidth("9rem");
        }
        scores.addColumn(row -> row.overall().summary()).setHeader(ALL_CRITERIA).setTextAlign(ColumnTextAlign.END)
                .setWidth("9rem");
        // one row per institution of the partnership that either review assessed: a handful
        scores.setItems(comparison.institutions());
        scores.setEmptyStateText("Neither review has submitted scores yet.");
        return scores;
    }

    private Grid<RecommendationFollowUp> recommendationTable(ReviewComparison comparison) {
        recommendations = new Grid<>();
        recommendations.setId("compare-recommendations");
        recommendations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        recommendations.setAllRowsVisible(true);
        recommendations.addColumn(r -> r.item().institution()).setHeader("Institution").setAutoWidth(true);
        recommendations.addColumn(r -> r.item().statement()).setHeader("Recommendation").setFlexGrow(3);
        recommendations.addColumn(RecommendationFollowUp::verdictText).setHeader("Verdict").setAutoWidth(true);
        recommendations.addColumn(r -> r.verification() == null || r.verification().evidence() == null ? "\u2013"
                : r.verification().evidence()).setHeader("Evidence").setFlexGrow(2);
        recommendations.addColumn(r -> r.item().status().label()).setHeader("Status now").setAutoWidth(true);
        // the recommendations of one report: a few dozen at most
        recommendations.setItems(comparison.recommendations());
        recommendations.setEmptyStateText(comparison.earlier().referenceCode() + " made no recommendations.");
        return recommendations;
    }

    private void exportCsv(DownloadEvent event) throws IOException {
        ReviewComparison comparison;
        try {
            // read again, with this user's permissions, rather than trusting what the page shows
            comparison = comparisons.compare(shown[0], shown[1]);
        } catch (DomainException e) {
            ErrorHandling handling = VaadinService.getCurrent().getInstantiator().getOrCreate(ErrorHandling.class);
            event.getResponse().sendError(403, handling.messageFor(e));
            return;
        }
        event.setFileName(ComparisonService.csvFileName(comparison));
        event.setContentType("text/csv;charset=UTF-8");
        OutputStream out = event.getOutputStream();
        ComparisonService.writeCsv(comparison, out);
        out.close();
    }
}
