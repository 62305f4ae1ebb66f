package org.reviewworkspace.timeline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.ProcessHistoryEntry;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review's story for people who do not read BPMN: our audit events merged with what the
 * engine recorded (tasks opened and completed, how long they took, timers that fired), newest
 * first, filtered by kind and person, one page at a time.
 */
@Service
public class TimelineService {

    /**
     * Tasks opened for several people to claim; the engine keeps only their last holder, so the
     * story says whom they were opened for rather than who held them.
     */
    private static final Set<String> GROUP_TASKS = Set.of(ReviewProcess.CONSOLIDATE_FINDINGS,
            ReviewProcess.SIGN_OFF_FINDINGS);

    /** How the story names the process itself. */
    static final String PROCESS = "Review process";

    private final ReviewService reviews;
    private final VisitService visits;
    private final AuditService audit;
    private final Workflow workflow;
    private final UserDirectory users;

    TimelineService(ReviewService reviews, VisitService visits, AuditService audit, Workflow workflow,
                    UserDirectory users) {
        this.reviews = reviews;
        this.visits = visits;
        this.audit = audit;
        this.workflow = workflow;
        this.users = users;
    }

    /**
     * Lines {@code offset} to {@code offset + limit} of a review's story, newest first; for whoever
     * may see the review. The engine's part of a review is small (tens of entries), so it is read
     * whole; our events are read up to the end of the page.
     */
    @Transactional(readOnly = true)
    public List<StoryLine> story(long reviewId, StoryFilter filter, int offset, int limit) {
        String referenceCode = reviews.visible(reviewId).referenceCode();
        List<StoryLine> engine = engineLines(referenceCode, filter);
        Set<String> actions = actions(reviewId, filter);
        List<AuditEvent> events = audit.story(reviewId, actions, filter.person(), offset + limit);
        Map<String, String> names = names(events.stream().map(AuditEvent::getActor).toList());
        LocalDate visitEnd = filter.kinds().contains(StoryKind.ASSESSMENTS) ? visits.overview(reviewId).end() : null;
        return Stream.concat(engine.stream(), events.stream().map(e -> auditLine(e, names, visitEnd)))
                .sorted(Comparator.comparing(StoryLine::at).reversed())
                .skip(offset).limit(limit).toList();
    }

    /** How many lines the story has under {@code filter}. */
    @Transactional(readOnly = true)
    public long storySize(long reviewId, StoryFilter filter) {
        return engineLines(reviews.visible(reviewId).referenceCode(), filter).size()
                + audit.storySize(reviewId, actions(reviewId, filter), filter.person());
    }

    /** Everyone who appears in a review's story, by display name; for the person filter. */
    @Transactional(readOnly = true)
    public Map<String, String> people(long reviewId) {
        String referenceCode = reviews.visible(reviewId).referenceCode();
        Set<String> usernames = new HashSet<>(audit.actorsOf(reviewId));
        workflow.history(referenceCode).stream().map(ProcessHistoryEntry::assignee)
                .filter(a -> a != null).forEach(usernames::add);
        usernames.remove(AuditEntry.SYSTEM);
        return users.displayNames(usernames).entrySet().stream().sorted(Map.Entry.comparingByValue())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new));
    }

    private Set<String> actions(long reviewId, StoryFilter filter) {
        return audit.actionsOf(reviewId).stream().filter(a -> filter.kinds().contains(StoryKind.ofAction(a)))
                .collect(Collectors.toSet());
    }

    private List<StoryLine> engineLines(String referenceCode, StoryFilter filter) {
        boolean tasks = filter.kinds().contains(StoryKind.TASKS);
        boolean deadlines = filter.kinds().contains(StoryKind.DEADLINES);
        boolean stages = filter.kinds().contains(StoryKind.STAGES);
        if (!tasks && !deadlines && !stages) {
            return List.of();
        }
        List<ProcessHistoryEntry> history = workflow.history(referenceCode);
        Map<String, String> names = names(history.stream().map(ProcessHistoryEntry::assignee)
                .filter(a -> a != null).toList());
        List<StoryLine> lines = new ArrayList<>();
        for (ProcessHistoryEntry entry : history) {
            StoryKind kind = switch (entry.kind()) {
                case TASK_OPENED, TASK_COMPLETED, TASK_WITHDRAWN -> StoryKind.TASKS;
                case TIMER_FIRED -> StoryKind.DEADLINES;
                case PROCESS_STARTED, PROCESS_ENDED -> StoryKind.STAGES;
            };
            boolean openedForGroup = entry.kind() == ProcessHistoryEntry.Kind.TASK_OPENED
                    && GROUP_TASKS.contains(entry.taskKey());
            String actor = entry.assignee() == null || openedForGroup ? AuditEntry.SYSTEM : entry.assignee();
            if (!filter.kinds().contains(kind) || (filter.person() != null && !filter.person().equals(actor))) {
                continue;
            }
            String actorName = actor.equals(AuditEntry.SYSTEM) ? PROCESS : names.get(actor);
            lines.add(new StoryLine(entry.at(), kind, actor, actorName, text(entry, actorName)));
        }
        return lines;
    }

    private static String text(ProcessHistoryEntry entry, String holder) {
        String task = "\u201c" + entry.name() + "\u201d";
        String due = entry.due() == null ? "" : ", due " + Times.dateTime(entry.due());
        return switch (entry.kind()) {
            case PROCESS_STARTED -> "The review process started.";
            case TASK_OPENED -> GROUP_TASKS.contains(entry.taskKey())
                    ? task + " was opened for " + candidates(entry.taskKey()) + due + "."
                    : task + " was given to " + holder + due + ".";
            case TASK_COMPLETED -> holder + " completed " + task + " after " + spoken(entry.duration())
                    + lateness(entry) + ".";
            case TASK_WITHDRAWN -> task + (entry.assignee() == null ? "" : " of " + holder)
                    + " was withdrawn after " + spoken(entry.duration()) + ".";
            case TIMER_FIRED -> "Timer \u201c" + entry.name() + "\u201d fired.";
            case PROCESS_ENDED -> "The review process ended"
                    + (entry.taskKey() == null ? "" : ": " + words(entry.taskKey())) + ".";
        };
    }

    private static String candidates(String taskKey) {
        return switch (taskKey) {
            case ReviewProcess.CONSOLIDATE_FINDINGS -> "the coordinator and the delegation lead";
            case ReviewProcess.SIGN_OFF_FINDINGS -> "the approvers who may sign it off";
            default -> "the people who may work on it";
        };
    }

    private static String lateness(ProcessHistoryEntry entry) {
        if (entry.due() == null) {
            return "";
        }
        Duration late = Duration.between(entry.due(), entry.at());
        return late.isNegative() || late.isZero() ? ", on time" : ", " + spoken(late) + " after it was due";
    }

    /** "12 minutes", "5 hours", "4 days": as precise as a reader needs. */
    static String spoken(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 1) {
            return "less than a minute";
        }
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = duration.toHours();
        if (hours < 48) {
            return hours + " hours";
        }
        return duration.toDays() + " days";
    }

    /** An id as words: "ReviewPublished" becomes "review published". */
    private static String words(String id) {
        return id.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private StoryLine auditLine(AuditEvent event, Map<String, String> names, LocalDate visitEnd) {
        String text = event.getSummary();
        if (visitEnd != null && "assessment.submitted".equals(event.getAction())) {
            text = text + ", " + afterTheVisit(visitEnd, event.getOccurredAt().atZone(Times.zone()).toLocalDate());
        }
        return new StoryLine(event.getOccurredAt(), StoryKind.ofAction(event.getAction()), event.getActor(),
                names.getOrDefault(event.getActor(), event.getActor()), text);
    }

    /** "4 days after the visit", "on the last day of the visit", "during the visit". */
    static String afterTheVisit(LocalDate visitEnd, LocalDate day) {
        long days = ChronoUnit.DAYS.between(visitEnd, day);
        if (days < 0) {
            return "during the visit";
        }
        if (days == 0) {
            return "on the last day of the visit";
        }
        return days + (days == 1 ? " day" : " days") + " after the visit";
    }

    private Map<String, String> names(List<String> usernames) {
        Map<String, String> names = new HashMap<>(users.displayNames(usernames));
        names.put(AuditEntry.SYSTEM, PROCESS);
        return names;
    }
}
