package org.reviewworkspace.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reviewworkspace.assessment.Consensus;
import org.reviewworkspace.assessment.ConsensusRow;
import org.reviewworkspace.audit.AuditSummary;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.comparison.InstitutionComparison;
import org.reviewworkspace.comparison.RecommendationFollowUp;
import org.reviewworkspace.comparison.ReviewComparison;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.followup.VerificationItem;
import org.reviewworkspace.review.MemberRole;
import org.reviewworkspace.review.ReviewDetails;
import org.reviewworkspace.signoff.SignOffRecord;
import org.reviewworkspace.visit.Slot;
import org.reviewworkspace.visit.VisitOverview;

/**
 * Writes a report as one self-contained XHTML document: well-formed, because the PDF renderer
 * parses it as XML; with its print styles inline and no external resource, so that it renders
 * the same everywhere and never fetches anything; and with every piece of text that people typed
 * escaped, so that it is shown and never interpreted.
 */
final class ReportHtml {

    /** The label of findings that belong to no single institution; they come last. */
    static final String CROSS_CUTTING = "Cross-cutting";

    /*
     * Only the PDF base-14 fonts (Helvetica, Courier), so nothing has to be embedded or loaded:
     * characters outside WinAnsi print as '#' in the PDF, while the HTML shows them as typed.
     */
    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
              @bottom-left { content: "FOOTER"; font-family: Helvetica, sans-serif; font-size: 8pt; color: #555; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages);
                font-family: Helvetica, sans-serif; font-size: 8pt; color: #555; } }
            body { font-family: Helvetica, sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
            h1 { font-size: 22pt; margin: 0 0 6pt 0; }
            h2 { font-size: 14pt; margin: 18pt 0 6pt 0; border-bottom: 1px solid #999; padding-bottom: 2pt;
              page-break-after: avoid; }
            h3 { font-size: 12pt; margin: 12pt 0 4pt 0; page-break-after: avoid; }
            h4 { font-size: 10.5pt; margin: 8pt 0 3pt 0; page-break-after: avoid; }
            p { margin: 0 0 6pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; font-size: 9pt;
              -fs-table-paginate: paginate; }
            th, td { border: 1px solid #888; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            tr { page-break-inside: avoid; }
            td.score, th.score { text-align: center; }
            .hash { font-family: Courier, monospace; font-size: 8.5pt; white-space: nowrap; }
            .typed { white-space: pre-line; }
            .note { font-size: 8.5pt; color: #444; }
            .cover { page-break-after: always; }
            .cover .programme { font-size: 11pt; color: #444; margin-top: 40mm; }
            .cover .reference { font-size: 14pt; font-weight: bold; margin-bottom: 18pt; }
            .cover table.facts th { width: 38%; }
            .seal { border: 2px solid #111; padding: 8pt 10pt; margin-top: 24pt; }
            .seal h2 { border: none; margin-top: 0; }
            .finding { margin: 0 0 6pt 0; padding-left: 8pt; border-left: 2px solid #bbb; page-break-inside: avoid; }
            .finding .meta { font-size: 8.5pt; color: #444; }
            .disagree { font-weight: bold; }
            .day { page-break-inside: avoid; }
            table.itinerary th:nth-child(1) { width: 13%; }
            table.itinerary th:nth-child(2) { width: 24%; }
            table.itinerary th:nth-child(3) { width: 17%; }
            table.itinerary th:nth-child(4) { width: 17%; }
            .approval { border: 1px solid #111; padding: 6pt 8pt; page-break-inside: avoid; }
            """;

    private final ReportData data;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private int sections;

    private ReportHtml(ReportData data) {
        this.data = data;
    }

    /** The report of {@code data} as an XHTML document. */
    static String render(ReportData data) {
        return new ReportHtml(data).document();
    }

    private String document() {
        ReviewDetails review = data.review();
        String reference = review.review().referenceCode();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n")
                .append("<title>").append(escape(reference + " \u2014 " + review.review().title())).append("</title>\n")
                .append("<style>\n").append(STYLE.replace("FOOTER", cssString(reference + " \u2014 signed report")))
                .append("</style>\n</head>\n<body>\n");
        cover();
        scopeAndVisit();
        delegation();
        scores();
        changeSincePrevious();
        findings();
        signOff();
        auditSummary();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void cover() {
        ReviewDetails review = data.review();
        out.append("<div class=\"cover\">\n");
        String programme = data.partnership().programme();
        String partnership = data.partnership().name();
        // a partnership is often named after its programme ("CERN associate membership: Pakistan")
        p("programme", programme == null || partnership.contains(programme) ? partnership
                : programme + " \u00b7 " + partnership);
        out.append("<h1>").append(escape(review.review().title())).append("</h1>\n");
        p("reference", review.review().referenceCode());
        out.append("<table class=\"facts\">\n");
        row("Partner", data.partnership().partner());
        row("Host organisation", data.partnership().hostOrganisation());
        if (data.partnership().memberSince() != null) {
            row("Partnership since", Times.date(data.partnership().memberSince()));
        }
        row("Review coordinator", review.coordinatorName());
        row("Published", Times.dateTime(review.review().publishedAt()));
        out.append("</table>\n<div class=\"seal\">\n<h2>Signed report</h2>\n");
        p(null, "The findings in this report were approved by " + data.approval().approverName() + " on "
                + Times.dateTime(data.approval().decidedAt()) + ". The SHA-256 of the approved findings set is:");
        out.append("<p class=\"hash\">").append(escape(data.approval().findingsHash())).append("</p>\n");
        p("note", "The fingerprint covers every finding's number, revision, institution, type, domain, priority, "
                + "owner, target date and statement. The SHA-256 of this PDF is recorded in Review Workspace and "
                + "its audit trail when the report is published, and checked whenever the PDF is downloaded.");
        out.append("</div>\n</div>\n");
    }

    private void scopeAndVisit() {
        VisitOverview visit = data.visit();
        out.append("<h2>" + section() + "Scope and visit</h2>\n<h3>Objectives</h3>\n");
        typed(data.review().objectives() == null ? "No objectives were recorded." : data.review().objectives());
        if (data.previousReference() != null) {
            p(null, "This review follows up review " + data.previousReference() + ".");
        }
        out.append("<h3>Visit</h3>\n");
        if (visit.isEmpty()) {
            p(null, "No visit was planned.");
            return;
        }
        p(null, "From " + Times.date(visit.start()) + " to " + Times.date(visit.end())
                + (visit.location() == null ? "" : ", " + visit.location()) + ".");
        out.append("<h3>Itinerary</h3>\n");
        List<ItineraryRow> rows = new ArrayList<>();
        visit.itinerary().forEach(stop -> rows.add(new ItineraryRow(stop.date(), stop.slot(), stop.startTime(),
                List.of(when(stop.slot(), stop.startTime(), stop.endTime()),
                        stop.institutionAcronym() + " \u2014 " + stop.institutionName(), orDash(stop.hostContact()),
                        String.join(", ", stop.assessorNames()), orDash(stop.agenda())))));
        visit.meetings().forEach(meeting -> rows.add(new ItineraryRow(meeting.date(), meeting.slot(), meeting.startTime(),
                List.of(when(meeting.slot(), meeting.startTime(), meeting.endTime()), orDash(meeting.title()), "\u2013",
                        orDash(meeting.participants()), "\u2013"))));
        Map<LocalDate, List<ItineraryRow>> byDay = rows.stream().sorted()
                .collect(Collectors.groupingBy(ItineraryRow::date, LinkedHashMap::new, Collectors.toList()));
        byDay.forEach((day, ofDay) -> {
            out.append("<div class=\"day\">\n<h4>").append(escape(dayLabel(visit.start(), day)))
                    .append("</h4>\n<table class=\"itinerary\">\n");
            header("When", "Institution or meeting", "Host contact", "Assessors or participants", "Agenda");
            ofDay.forEach(row -> cells(row.cells().toArray(String[]::new)));
            out.append("</table>\n</div>\n");
        });
    }

    private void delegation() {
        out.append("<h2>" + section() + "Delegation</h2>\n<table>\n");
        header("Member", "Part");
        for (ReviewDetails.Member member : data.review().delegation()) {
            cells(member.displayName(), member.role() == MemberRole.LEAD ? "Lead of the delegation" : "Member");
        }
        out.append("</table>\n");
        p(null, "The review was coordinated by " + data.review().coordinatorName() + ".");
    }

    private void scores() {
        out.append("<h2>" + section() + "Scores and consensus</h2>\n");
        if (data.consensus().isEmpty() || data.consensus().get(0).rows().isEmpty()) {
            p(null, "No scores were recorded.");
            return;
        }
        p("note", "Each cell gives the mean of the submitted scores (1 to 5; \u201cnot applicable\u201d does not count) "
                + "and, in brackets, the lowest and highest score. An asterisk marks a spread of "
                + ConsensusRow.DISAGREEMENT_SPREAD + " points or more, where the assessors disagreed.");
        out.append("<table>\n<thead><tr><th>Criterion</th>");
        for (Consensus consensus : data.consensus()) {
            out.append("<th class=\"score\">").append(escape(consensus.institution().acronym())).append("</th>");
        }
        out.append("</tr></thead>\n<tr><td>Assessments</td>");
        for (Consensus consensus : data.consensus()) {
            out.append("<td class=\"score\">").append(consensus.assessments().size()).append("</td>");
        }
        out.append("</tr>\n");
        for (ConsensusRow criterion : data.consensus().get(0).rows()) {
            out.append("<tr><td>").append(escape(criterion.criterion())).append("</td>");
            for (Consensus consensus : data.consensus()) {
                Optional<ConsensusRow> row = consensus.rows().stream()
                        .filter(r -> Objects.equals(r.criterionId(), criterion.criterionId())).findFirst();
                out.append("<td class=\"score").append(row.filter(ConsensusRow::disagreement).isPresent()
                        ? " disagree" : "").append("\">").append(escape(row.map(ReportHtml::score).orElse("\u2013")))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    /*
     * What the review found about the previous review's recommendations, and how the scores moved
     * since: the follow-up a partner is held to, frozen with the rest of the report.
     */
    private void changeSincePrevious() {
        if (data.comparison() == null) {
            return;
        }
        ReviewComparison comparison = data.comparison();
        String previous = comparison.earlier().referenceCode();
        out.append("<h2>").append(section()).append("Change since ").append(escape(previous)).append("</h2>\n");
        out.append("<h3>Scores compared with ").append(escape(previous)).append("</h3>\n");
        if (comparison.institutions().isEmpty()) {
            p(null, "Neither review recorded scores.");
        } else {
            p("note", "Each cell gives the mean submitted score in " + previous + ", in this review and the change. "
                    + "The last column takes the mean over all criteria.");
            out.append("<table>\n<thead><tr><th>Institution</th>");
            comparison.criteria().forEach(c -> out.append("<th class=\"score\">").append(escape(c)).append("</th>"));
            out.append("<th class=\"score\">").append(InstitutionComparison.ALL_CRITERIA).append("</th></tr></thead>\n");
            for (InstitutionComparison institution : comparison.institutions()) {
                out.append("<tr><td>").append(escape(institution.acronym())).append("</td>");
                institution.scores().forEach(s -> out.append("<td class=\"score\">").append(escape(s.summary()))
                        .append("</td>"));
                out.append("<td class=\"score\">").append(escape(institution.overall().summary())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        out.append("<h3>Follow-up of ").append(escape(previous)).append("</h3>\n");
        if (comparison.recommendations().isEmpty()) {
            p(null, previous + " made no recommendations.");
            return;
        }
        p("note", "Each recommendation of " + previous + " was an open follow-up item when this review started, "
                + "unless stated otherwise; the delegation verified it on the visit.");
        out.append("<table>\n");
        header("Recommendation", "Institution", "Verdict", "Evidence", "Verified by");
        for (RecommendationFollowUp recommendation : comparison.recommendations()) {
            VerificationItem verification = recommendation.verification();
            cells(recommendation.item().statement(), recommendation.item().institution(), recommendation.verdictText(),
                    verification == null ? "\u2013" : orDash(verification.evidence()),
                    verification == null || verification.verifiedBy() == null ? "\u2013"
                            : verification.verifiedBy() + ", " + Times.dateTime(verification.verifiedAt()));
        }
        out.append("</table>\n");
    }

    private String section() {
        return ++sections + ". ";
    }

    private static String score(ConsensusRow row) {
        if (row.mean().isEmpty()) {
            return "\u2013";
        }
        return row.meanText() + " (" + row.rangeText() + ")" + (row.disagreement() ? " *" : "");
    }

    private void findings() {
        out.append("<h2>" + section() + "Findings and recommendations</h2>\n");
        if (data.findings().isEmpty()) {
            p(null, "The review has no findings.");
            return;
        }
        if (data.findings().stream().anyMatch(f -> f.type() == FindingType.RECOMMENDATION)) {
            p("note", "Each recommendation becomes a follow-up item of the partnership, not started, with the owner "
                    + "and target date given here; the partnership's next review verifies it.");
        }
        Map<String, String> names = institutionNames();
        Map<String, List<FindingView>> byInstitution = data.findings().stream()
                .sorted(Comparator.comparing((FindingView f) -> f.crossCutting()).thenComparing(FindingView::institution))
                .collect(Collectors.groupingBy(FindingView::institution, LinkedHashMap::new, Collectors.toList()));
        byInstitution.forEach((institution, findings) -> {
            String name = names.get(institution);
            out.append("<h3>").append(escape(name == null ? institution : institution + " \u2014 " + name))
                    .append("</h3>\n");
            for (FindingType type : FindingType.values()) {
                List<FindingView> ofType = findings.stream().filter(f -> f.type() == type).toList();
                if (ofType.isEmpty()) {
                    continue;
                }
                out.append("<h4>").append(escape(plural(type))).append("</h4>\n");
                ofType.forEach(this::finding);
            }
        });
    }

    private void finding(FindingView finding) {
        List<String> meta = new ArrayList<>();
        meta.add("Priority " + finding.priority().label().toLowerCase());
        if (finding.domain() != null && !finding.domain().isBlank()) {
            meta.add("Domain: " + finding.domain());
        }
        if (finding.type() == FindingType.RECOMMENDATION) {
            meta.add("Owner: " + (finding.owner() == null || finding.owner().isBlank() ? "not assigned" : finding.owner()));
            meta.add("Target date: " + (finding.targetDate() == null ? "not set" : Times.date(finding.targetDate())));
        }
        if (!finding.raisedBy().isEmpty()) {
            meta.add("Raised by " + String.join(", ", finding.raisedBy().stream().filter(Objects::nonNull).toList()));
        }
        meta.add("Finding #" + finding.id() + ", revision " + finding.revision());
        out.append("<div class=\"finding\">\n");
        typed(finding.statement());
        p("meta", String.join(" \u00b7 ", meta));
        out.append("</div>\n");
    }

    private void signOff() {
        out.append("<h2>" + section() + "Sign-off</h2>\n<table>\n");
        header("Round", "Decision", "Approver", "Decided", "Findings set", "Rationale");
        for (SignOffRecord decision : data.decisions()) {
            cells(String.valueOf(decision.round()), decision.decision().label(), decision.approverName(),
                    Times.dateTime(decision.decidedAt()), decision.findingsHash().substring(0, 12) + "\u2026",
                    orDash(decision.rationale()));
        }
        out.append("</table>\n<div class=\"approval\">\n<h3>The approving decision</h3>\n");
        SignOffRecord approval = data.approval();
        p(null, approval.approverName() + " approved the findings in round " + approval.round() + " on "
                + Times.dateTime(approval.decidedAt()) + ".");
        if (approval.rationale() == null) {
            p(null, "No rationale was given with the approval.");
        } else {
            p(null, "Rationale:");
            typed(approval.rationale());
        }
        p(null, "SHA-256 of the approved findings set, which is exactly the set in this report:");
        out.append("<p class=\"hash\">").append(escape(approval.findingsHash())).append("</p>\n</div>\n");
    }

    private void auditSummary() {
        AuditSummary audit = data.audit();
        out.append("<h2>" + section() + "Audit summary</h2>\n");
        if (audit.events() == 0) {
            p(null, "The audit trail holds no events on this review.");
            return;
        }
        p(null, "Up to its publication the audit trail holds " + audit.events() + " events on this review, from "
                + Times.dateTime(audit.first()) + " to " + Times.dateTime(audit.last()) + ". Every event is chained "
                + "to the one before it by its hash, so that no event can be changed or removed unnoticed.");
        out.append("<table>\n");
        header("Action", "Recorded as", "Events");
        audit.byAction().forEach((action, count) -> out.append("<tr><td>").append(escape(actionLabel(action)))
                .append("</td><td class=\"hash\">").append(escape(action)).append("</td><td>")
                .append(count).append("</td></tr>\n"));
        out.append("</table>\n");
        p(null, "Hash of the latest of these events, with which the audit log can verify the whole trail up to it:");
        out.append("<p class=\"hash\">").append(escape(audit.lastHash())).append("</p>\n");
        p("note", "This report was rendered on " + Times.dateTime(data.generatedAt()) + ".");
    }

    /** Acronym → full name of the institutions the report mentions. */
    private Map<String, String> institutionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        data.visit().itinerary().forEach(stop -> names.putIfAbsent(stop.institutionAcronym(), stop.institutionName()));
        data.consensus().forEach(c -> names.putIfAbsent(c.institution().acronym(), c.institution().name()));
        return names;
    }

    private static String plural(FindingType type) {
        return switch (type) {
            case STRENGTH -> "Strengths";
            case CONCERN -> "Concerns";
            case RECOMMENDATION -> "Recommendations";
        };
    }

    /** "review.status-changed" → "Review status changed". */
    static String actionLabel(String action) {
        String words = action.replace('.', ' ').replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "Day 2 — Tuesday, 13 Sep 2022", counted from the first day of the visit. */
    private static String dayLabel(LocalDate first, LocalDate day) {
        String date = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + Times.date(day);
        return first == null ? date : "Day " + (ChronoUnit.DAYS.between(first, day) + 1) + " \u2014 " + date;
    }

    private static String when(Slot slot, LocalTime from, LocalTime to) {
        return from == null || to == null ? slot.label() : from + "\u2013" + to;
    }

    /** A visit to an institution or a meeting with the host, in the order of the visit. */
    private record ItineraryRow(LocalDate date, Slot slot, LocalTime startTime, List<String> cells)
            implements Comparable<ItineraryRow> {

        private static final Comparator<ItineraryRow> ORDER = Comparator.comparing(ItineraryRow::date)
                .thenComparing(ItineraryRow::slot)
                .thenComparing(ItineraryRow::startTime, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(ItineraryRow other) {
            return ORDER.compare(this, other);
        }
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "\u2013" : text;
    }

    private void p(String cssClass, String text) {
        out.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(escape(text)).append("</p>\n");
    }

    /** Text as someone typed it, line breaks kept. */
    private void typed(String text) {
        out.append("<p class=\"typed\">").append(escape(text)).append("</p>\n");
    }

    private void row(String label, String value) {
        out.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(orDash(value)))
                .append("</td></tr>\n");
    }

    /** A table's header row, repeated on every page the table spans. */
    private void header(String... headings) {
        out.append("<thead><tr>");
        for (String heading : headings) {
            out.append("<th>").append(escape(heading)).append("</th>");
        }
        out.append("</tr></thead>\n");
    }

    private void cells(String... values) {
        out.append("<tr>");
        for (String value : values) {
            out.append("<td>").append(escape(value)).append("</td>");
        }
        out.append("</tr>\n");
    }

    /**
     * Text as XHTML character data or attribute value: markup characters become references, and
     * characters XML does not allow at all (control characters, lone surrogates) become U+FFFD,
     * so that nothing anyone typed can make the document ill-formed and fail the publication.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** A CSS string for the page footer: only characters that need no escaping in CSS or XML. */
    private static String cssString(String text) {
        return text.replaceAll("[^\\p{L}\\p{N} .,:\\-\u2014]", "");
    }
}
