package org.reviewworkspace.workflow;

import java.time.Duration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review cycle's process as the other features use it. Everything here joins the caller's
 * transaction, so a domain change, its audit event and the engine call commit together.
 */
@Service
public class Workflow {

    private static final int CONFLICT_ATTEMPTS = 5;
    /** The engine's id for the parallel multi-instance body around the assessment stage. */
    private static final String ASSESSMENT_STAGE_BODY = ReviewProcess.ASSESSMENT_STAGE + "#multiInstanceBody";
    /** Boundary timers of "Assess institution", as named in the BPMN. */
    private static final String REMINDER_TIMER = "AssessmentReminderTimer";
    private static final String OVERDUE_TIMER = "AssessmentOverdueTimer";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final RepositoryService repository;
    private final TransactionTemplate transactions;

    private final CurrentUser currentUser;

    Workflow(RuntimeService runtime, TaskService tasks, ManagementService management, HistoryService history,
             RepositoryService repository, PlatformTransactionManager transactionManager, CurrentUser currentUser) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.repository = repository;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Starts the process of a review; returns the process instance id. */
    public String startReview(String referenceCode, String coordinator) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(ReviewProcess.KEY, referenceCode,
                Map.of(ReviewProcess.VAR_COORDINATOR, coordinator));
        return instance.getId();
    }

    /** Interrupts the review's process wherever it is. */
    public void cancelReview(String referenceCode) {
        runtime.createMessageCorrelation(ReviewProcess.MESSAGE_CANCELLED).processInstanceBusinessKey(referenceCode)
                .correlate();
    }

    /** Sets the people and dates the assessment stage needs, before planning completes. */
    public void setAssessmentPlan(String referenceCode, String lead, Instant due, Instant reminder) {
        String processInstanceId = processInstanceId(referenceCode);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReviewProcess.VAR_LEAD, lead);
        variables.put(ReviewProcess.VAR_ASSESSMENT_DUE, Date.from(due));
        variables.put(ReviewProcess.VAR_ASSESSMENT_REMINDER, Date.from(reminder));
        runtime.setVariables(processInstanceId, variables);
    }

    /** When the assessments of a review are due, or {@code null} if its process has ended or not planned them. */
    public Instant assessmentDueIfRunning(String referenceCode) {
        String instanceId = runningInstanceId(referenceCode);
        if (instanceId == null) {
            return null;
        }
        Object due = runtime.getVariable(instanceId, ReviewProcess.VAR_ASSESSMENT_DUE);
        return due == null ? null : ((Date) due).toInstant();
    }

    /** When the assessments of a running review are due, if its visit has been planned. */
    public Instant assessmentDue(String referenceCode) {
        Object due = runtime.getVariable(processInstanceId(referenceCode), ReviewProcess.VAR_ASSESSMENT_DUE);
        return due == null ? null : ((Date) due).toInstant();
    }

    /**
     * The assignments whose assessment is still under way in the review's assessment stage
     * (submitted ones are not among them); empty when the stage is not running.
     */
    public Set<Long> openAssessments(String referenceCode) {
        return assessmentInstances(processInstanceId(referenceCode)).keySet();
    }

    /**
     * Adds one assessment to the running assessment stage, for an assignment made after planning:
     * a new instance of the stage with its own task, reminder and overdue timer, as if the
     * assignment had been there from the start.
     */
    public void addAssessment(String referenceCode, long assignmentId) {
        String processInstanceId = processInstanceId(referenceCode);
        ActivityInstance[] bodies = runtime.getActivityInstance(processInstanceId)
                .getActivityInstances(ASSESSMENT_STAGE_BODY);
        if (bodies.length != 1) {
            throw new NotAllowedException("The assessments of review " + referenceCode + " are not under way.");
        }
        runtime.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(ReviewProcess.ASSESSMENT_STAGE, bodies[0].getId())
                .setVariableLocal(ReviewProcess.VAR_ASSIGNMENT_ID, assignmentId)
                .execute();
    }

    /**
     * Withdraws the assessment of an assignment removed after planning: its task, timers and any
     * chase task disappear. Refuses to withdraw the last assessment still under way, which would
     * end the stage without a consolidation.
     */
    public void withdrawAssessment(String referenceCode, long assignmentId) {
        String processInstanceId = processInstanceId(referenceCode);
        Map<Long, String> running = assessmentInstances(processInstanceId);
        String instance = running.get(assignmentId);
        if (instance == null) {
            throw new NotFoundException("This assessment is no longer under way.");
        }
        if (running.size() == 1) {
            throw new NotAllowedException("This is the last assessment still under way in review " + referenceCode
                    + "; it cannot be withdrawn.");
        }
        runtime.createProcessInstanceModification(processInstanceId).cancelActivityInstance(instance).execute();
    }

    /**
     * Moves when the assessments of a running review are due: the process variables (for
     * assessments added later), the due date of every open assessment task, and the reminder and
     * overdue timers already waiting, without restarting any assessment.
     */
    public void rescheduleAssessments(String referenceCode, Instant due, Instant reminder) {
        String processInstanceId = processInstanceId(referenceCode);
        runtime.setVariable(processInstanceId, ReviewProcess.VAR_ASSESSMENT_DUE, Date.from(due));
        runtime.setVariable(processInstanceId, ReviewProcess.VAR_ASSESSMENT_REMINDER, Date.from(reminder));
        tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ReviewProcess.ASSESS_INSTITUTION).list()
                .forEach(task -> tasks.setDueDate(task.getId(), Date.from(due)));
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(REMINDER_TIMER).list()) {
            management.setJobDuedate(job.getId(), Date.from(reminder));
        }
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(OVERDUE_TIMER).list()) {
            management.setJobDuedate(job.getId(), Date.from(due));
        }
    }

    /**
     * The open task {@code taskId} of kind {@code key} on which the current user may act: its assignee,
     * or a candidate while nobody has claimed it. Refuses anything else with a message for the user.
     */
    public TaskRef requireActionable(String taskId, String key) {
        Actor actor = currentActor();
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("This task is no longer open: it has been completed or withdrawn.");
        }
        if (!key.equals(task.getTaskDefinitionKey())) {
            throw new NotAllowedException("This task is not a \"" + keyName(key) + "\" task.");
        }
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(actor.username())) {
                throw new NotAllowedException("This task is assigned to someone else.");
            }
        } else if (!isCandidate(taskId, actor)) {
            throw new NotAllowedException("You are not among the people who may work on this task.");
        }
        return toRef(task);
    }

    /**
     * The reference code of the review an open task of kind {@code key} belongs to, whoever asks;
     * lets a feature apply its own rules (e.g. four-eyes) before {@link #requireActionable}.
     */
    public String reviewOfTask(String taskId, String key) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new NotFoundException("This task is no longer open: it has been completed or withdrawn.");
        }
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    /** Completes a task on which the current user may act, claiming it first if it was a group task. */
    public void complete(TaskRef task, Map<String, Object> variables) {
        Actor actor = currentActor();
        try {
            if (task.assignee() == null) {
                tasks.claim(task.id(), actor.username());
            }
            tasks.complete(task.id(), variables);
        } catch (OptimisticLockingException e) {
            throw new EngineConflict(e);
        }
    }

    /**
     * Runs {@code action} in a transaction of its own and runs it again when the engine reports
     * that a sibling task (e.g. another assessment of the same review) completed at the same time.
     */
    public <T> T retryingSiblingConflicts(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> action.get());
            } catch (EngineConflict e) {
                if (attempt >= CONFLICT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Claims a group task for the current user; returns the task as it now stands. */
    public TaskRef claim(String taskId) {
        Actor actor = currentActor();
        Task task = openTask(taskId);
        if (task.getAssignee() != null) {
            throw new NotAllowedException(task.getAssignee().equals(actor.username())
                    ? "You have already claimed this task." : "Someone else has claimed this task meanwhile.");
        }
        if (!isCandidate(taskId, actor)) {
            throw new NotAllowedException("You are not among the people who may work on this task.");
        }
        assign(task, actor.username(), "Someone else has claimed this task meanwhile.");
        return toRef(task);
    }

    /**
     * Gives a claimed group task back to the people it is offered to. Only its assignee may, and
     * only for a task offered to several people: a task the plan gives to one person (planning,
     * an assessment) has nobody to go back to.
     */
    public TaskRef unclaim(String taskId) {
        Task task = requireHeldByMe(taskId);
        if (candidateUsers(taskId).isEmpty()) {
            throw new NotAllowedException("This task is yours by the review's plan; there is nobody to give it back to.");
        }
        assign(task, null, "Someone else acted on this task at the same moment. Please try again.");
        return toRef(task);
    }

    /**
     * Hands a task the current user holds to {@code username}, who must be among the people the
     * task is offered to; returns the task as it now stands.
     */
    public TaskRef handOver(String taskId, String username) {
        Task task = requireHeldByMe(taskId);
        requireEligible(taskId, task, username);
        assign(task, username, "Someone else acted on this task at the same moment. Please try again.");
        return toRef(task);
    }

    /**
     * Gives an open task to {@code username}, or back to its candidates when {@code username} is
     * {@code null}, whoever holds it now. The caller has checked that the current user may
     * (the review's coordinator).
     */
    public TaskRef reassign(String taskId, String username) {
        Task task = openTask(taskId);
        if (username == null) {
            if (candidateUsers(taskId).isEmpty()) {
                throw new NotAllowedException("This task is given to one person by the review's plan; "
                        + "choose who should hold it instead.");
            }
        } else {
            requireEligible(taskId, task, username);
        }
        assign(task, username, "Someone else acted on this task at the same moment. Please try again.");
        return toRef(task);
    }

    /** Sets or clears ({@code null}) the follow-up date of a task the current user holds. */
    public TaskRef followUp(String taskId, Instant followUp) {
        Task task = requireHeldByMe(taskId);
        task.setFollowUpDate(followUp == null ? null : Date.from(followUp));
        try {
            tasks.saveTask(task);
        } catch (OptimisticLockingException e) {
            throw new EngineConflict(e);
        }
        return toRef(task);
    }

    /**
     * The people an open task may be given to: the users it is offered to, or, for a task the plan
     * gives to one person, nobody else. Whoever asks; callers check who may see the task.
     */
    public List<String> eligibleAssignees(String taskId) {
        openTask(taskId);
        return candidateUsers(taskId);
    }

    /** The open task with this id, whoever asks; the review it belongs to is in {@link TaskRef#referenceCode()}. */
    public TaskRef task(String taskId) {
        return toRef(openTask(taskId));
    }

    /** One page of the open tasks that {@code filter} selects for the current user. */
    public List<TaskRef> inbox(TaskFilter filter, TaskOrder order, int offset, int limit) {
        TaskQuery query = inboxQuery(currentActor(), filter);
        if (query == null) {
            return List.of();
        }
        return toRefs(ordered(query, order).listPage(offset, limit));
    }

    /** How many open tasks {@code filter} selects for the current user. */
    public long inboxSize(TaskFilter filter) {
        Actor actor = currentActor();
        if (filter.scope() == TaskFilter.Scope.MINE_AND_OFFERED) {
            /*
             * Mine (held by me) and offered (held by nobody) never overlap, and counted apart each
             * count follows an index; one count over "held by me or offered to me" reads every open
             * task (at 50,000 tasks, 50 ms against 120 to 500 ms in H2).
             */
            return countOf(actor, filter.withScope(TaskFilter.Scope.MINE))
                    + countOf(actor, filter.withScope(TaskFilter.Scope.OFFERED));
        }
        return countOf(actor, filter);
    }

    private long countOf(Actor actor, TaskFilter filter) {
        TaskQuery query = inboxQuery(actor, filter);
        return query == null ? 0 : query.count();
    }

    /** Which of the tasks {@code taskIds} nobody holds and the current user may claim. */
    public Set<String> claimableByMe(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return inboxQuery(currentActor(), TaskFilter.of(TaskFilter.Scope.OFFERED))
                .taskIdIn(taskIds.toArray(String[]::new)).list().stream().map(Task::getId).collect(Collectors.toSet());
    }

    /** The open tasks of one review that the current user works on or may claim, oldest first. */
    public List<TaskRef> inboxOn(String referenceCode) {
        return toRefs(inboxQuery(currentActor(), TaskFilter.of(TaskFilter.Scope.MINE_AND_OFFERED))
                .processInstanceBusinessKey(referenceCode).orderByTaskCreateTime().asc()
                .list(), task -> referenceCode);
    }

    /** The open tasks of one review. */
    public List<TaskRef> openTasks(String referenceCode) {
        return toRefs(tasks.createTaskQuery().processInstanceBusinessKey(referenceCode).orderByTaskCreateTime()
                .asc().list(), task -> referenceCode);
    }

    /**
     * What the engine recorded about a review's process, oldest first: the process starting and
     * ending, every task opened and completed (with how long it was open) and every timer that
     * fired. Empty if the review never had a process. Callers check who may see the review.
     */
    public List<ProcessHistoryEntry> history(String referenceCode) {
        List<ProcessHistoryEntry> entries = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReviewProcess.KEY).processInstanceBusinessKey(referenceCode).list()) {
            entries.add(new ProcessHistoryEntry(instance.getStartTime().toInstant(),
                    ProcessHistoryEntry.Kind.PROCESS_STARTED, null, null, instance.getStartUserId(), null, null));
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .processInstanceId(instance.getId()).list()) {
                Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
                entries.add(new ProcessHistoryEntry(task.getStartTime().toInstant(),
                        ProcessHistoryEntry.Kind.TASK_OPENED, task.getTaskDefinitionKey(), task.getName(),
                        task.getAssignee(), due, null));
                if (task.getEndTime() != null) {
                    boolean completed = "completed".equals(task.getDeleteReason());
                    entries.add(new ProcessHistoryEntry(task.getEndTime().toInstant(), completed
                            ? ProcessHistoryEntry.Kind.TASK_COMPLETED : ProcessHistoryEntry.Kind.TASK_WITHDRAWN,
                            task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), due,
                            Duration.ofMillis(task.getDurationInMillis())));
                }
            }
            for (HistoricActivityInstance timer : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).activityType("boundaryTimer").list()) {
                entries.add(new ProcessHistoryEntry(timer.getStartTime().toInstant(),
                        ProcessHistoryEntry.Kind.TIMER_FIRED, timer.getActivityId(), timer.getActivityName(), null,
                        null, null));
            }
            if (instance.getEndTime() != null) {
                entries.add(new ProcessHistoryEntry(instance.getEndTime().toInstant(),
                        ProcessHistoryEntry.Kind.PROCESS_ENDED, instance.getEndActivityId(), null, null, null, null));
            }
        }
        entries.sort(Comparator.comparing(ProcessHistoryEntry::at));
        return entries;
    }

    /**
     * The path the review's process has taken so far and where it waits now, with the diagram of the
     * process definition it runs. Finds ended processes too (published, rejected, cancelled), from
     * the history. The caller has checked that the current user may see the review.
     */
    public ProcessPath processPath(String referenceCode) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReviewProcess.KEY).processInstanceBusinessKey(referenceCode)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Review " + referenceCode + " has no process."));
        Map<String, Integer> timesPassed = new LinkedHashMap<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).finished()
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
            if (!activity.isCanceled() && isDrawn(activity.getActivityId())) {
                timesPassed.merge(activity.getActivityId(), 1, Integer::sum);
            }
        }
        Set<String> current = instance.getEndTime() != null ? Set.of()
                : runtime.getActiveActivityIds(instance.getId()).stream().filter(Workflow::isDrawn)
                        .collect(Collectors.toSet());
        Map<String, ProcessPath.Node> nodes = new HashMap<>();
        for (FlowNode node : repository.getBpmnModelInstance(instance.getProcessDefinitionId())
                .getModelElementsByType(FlowNode.class)) {
            nodes.put(node.getId(), new ProcessPath.Node(node.getName(), kindOf(node), runsPerItem(node)));
        }
        return new ProcessPath(bpmnXml(instance.getProcessDefinitionId()), timesPassed, current, nodes);
    }

    private Actor currentActor() {
        return new Actor(currentUser.username(),
                currentUser.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** The engine's query for {@code filter}, or {@code null} when it can select nothing. */
    private TaskQuery inboxQuery(Actor actor, TaskFilter filter) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).active();
        switch (filter.scope()) {
            case MINE -> query = query.taskAssignee(actor.username());
            case OFFERED -> query = offeredTo(query.taskUnassigned().or(), actor).endOr();
            case MINE_AND_OFFERED -> query = offeredTo(query.or().taskAssignee(actor.username()), actor).endOr();
            case REVIEWS -> {
                if (filter.reviews().isEmpty()) {
                    return null;
                }
                query = query.processInstanceBusinessKeyIn(filter.reviews().toArray(String[]::new));
            }
        }
        if (filter.dueAfter() != null) {
            query = query.dueAfter(Date.from(filter.dueAfter()));
        }
        if (filter.dueBefore() != null) {
            query = query.dueBefore(Date.from(filter.dueBefore()));
        }
        if (filter.followUpBefore() != null) {
            query = query.followUpBefore(Date.from(filter.followUpBefore()));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String like = "%" + escapeLike(filter.search().toLowerCase()) + "%";
            TaskQuery anyOf = query.or().processInstanceBusinessKeyLike(like.toUpperCase())
                    .taskVariableValueLike(ReviewProcess.VAR_TASK_INSTITUTION, like);
            if (!filter.searchReviews().isEmpty()) {
                anyOf = anyOf.processInstanceBusinessKeyIn(filter.searchReviews().toArray(String[]::new));
            }
            query = anyOf.endOr();
        }
        return query;
    }

    /** Adds "offered to the actor or one of their groups" to an or-query. */
    private static TaskQuery offeredTo(TaskQuery anyOf, Actor actor) {
        TaskQuery offered = anyOf.taskCandidateUser(actor.username());
        return actor.groups().isEmpty() ? offered : offered.taskCandidateGroupIn(List.copyOf(actor.groups()));
    }

    private static TaskQuery ordered(TaskQuery query, TaskOrder order) {
        TaskQuery sorted = switch (order.by()) {
            case CREATED -> query.orderByTaskCreateTime();
            case DUE -> query.orderByDueDate();
            case FOLLOW_UP -> query.orderByFollowUpDate();
            case NAME -> query.orderByTaskName();
            case ASSIGNEE -> query.orderByTaskAssignee();
        };
        sorted = order.ascending() ? sorted.asc() : sorted.desc();
        // a stable order within equal values, so pages neither repeat nor skip a task
        return order.by() == TaskOrder.By.CREATED ? sorted : sorted.orderByTaskCreateTime().desc();
    }

    /** Keeps a user's {@code %} and {@code _} literal in a LIKE pattern (the engine escapes with a backslash). */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Task openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("This task is no longer open: it has been completed or withdrawn.");
        }
        return task;
    }

    private Task requireHeldByMe(String taskId) {
        Task task = openTask(taskId);
        if (!currentUser.username().equals(task.getAssignee())) {
            throw new NotAllowedException(task.getAssignee() == null
                    ? "Nobody holds this task; claim it first."
                    : "This task is held by someone else.");
        }
        return task;
    }

    private void requireEligible(String taskId, Task task, String username) {
        if (username.equals(task.getAssignee())) {
            throw new NotAllowedException("This task is already theirs.");
        }
        if (!candidateUsers(taskId).contains(username)) {
            throw new NotAllowedException("This task can only go to the people it is offered to"
                    + " (for an assessment, change the visit plan instead).");
        }
    }

    /** Sets the assignee; a concurrent change of the same task ends in {@code conflict} for the later one. */
    private void assign(Task task, String username, String conflict) {
        try {
            tasks.setAssignee(task.getId(), username);
        } catch (OptimisticLockingException e) {
            throw new StaleDataException(conflict);
        }
        task.setAssignee(username);
    }

    private List<String> candidateUsers(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).distinct().sorted().toList();
    }

    private boolean isCandidate(String taskId, Actor actor) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (actor.username().equals(link.getUserId())
                    || (link.getGroupId() != null && actor.groups().contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    private String processInstanceId(String referenceCode) {
        String instanceId = runningInstanceId(referenceCode);
        if (instanceId == null) {
            throw new NotFoundException("The process of review " + referenceCode + " is not running.");
        }
        return instanceId;
    }

    /**
     * The id of the review's running process, or null. Asked of the history, where every process
     * instance has its business key: among the runtime's executions nearly all have none, so a
     * database's statistics there make the business key look useless and the query scans every
     * running process instead (16 ms at 2,000 reviews in H2, against a fraction of one).
     */
    private String runningInstanceId(String referenceCode) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReviewProcess.KEY).processInstanceBusinessKey(referenceCode).unfinished()
                .singleResult();
        return instance == null ? null : instance.getId();
    }

    /** Activities the diagram shows; the engine's own scopes (a multi-instance body) have a {@code #} in their id. */
    private static boolean isDrawn(String activityId) {
        return activityId != null && !activityId.contains("#");
    }

    private static ProcessPath.Kind kindOf(FlowNode node) {
        if (node instanceof SubProcess) {
            return ProcessPath.Kind.SUB_PROCESS;
        }
        if (node instanceof Activity) {
            return ProcessPath.Kind.TASK;
        }
        return node instanceof Gateway ? ProcessPath.Kind.GATEWAY : ProcessPath.Kind.EVENT;
    }

    /** Whether the node is, or lies inside, a multi-instance activity, so it runs once per item. */
    private static boolean runsPerItem(FlowNode node) {
        for (ModelElementInstance element = node; element != null; element = element.getParentElement()) {
            if (element instanceof Activity activity
                    && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics) {
                return true;
            }
        }
        return false;
    }

    private String bpmnXml(String processDefinitionId) {
        try (InputStream model = repository.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the BPMN of " + processDefinitionId, e);
        }
    }

    /** The running instances of the assessment stage, by the assignment each one assesses. */
    private Map<Long, String> assessmentInstances(String processInstanceId) {
        Map<Long, String> byAssignment = new HashMap<>();
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        if (tree == null) {
            return byAssignment;
        }
        for (ActivityInstance stage : tree.getActivityInstances(ReviewProcess.ASSESSMENT_STAGE)) {
            Object assignmentId = runtime.getVariable(stage.getExecutionIds()[0], ReviewProcess.VAR_ASSIGNMENT_ID);
            if (assignmentId != null) {
                byAssignment.put(((Number) assignmentId).longValue(), stage.getId());
            }
        }
        return byAssignment;
    }

    /**
     * Tasks as features see them. Their reviews and assignments come from the tasks' own
     * variables, all in one query; only tasks created before tasks carried their review ask the
     * process instances.
     */
    List<TaskRef> toRefs(List<Task> found) {
        Map<String, Labels> labels = labelsOf(found);
        Set<String> unlabelled = found.stream().filter(task -> labels.get(task.getId()).referenceCode() == null)
                .map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = unlabelled.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(unlabelled).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return found.stream().map(task -> {
            Labels label = labels.get(task.getId());
            String referenceCode = label.referenceCode() != null ? label.referenceCode()
                    : businessKeys.get(task.getProcessInstanceId());
            return toRef(task, referenceCode, label.assignmentId());
        }).toList();
    }

    private List<TaskRef> toRefs(List<Task> found, Function<Task, String> businessKey) {
        Map<String, Labels> labels = labelsOf(found);
        return found.stream().map(task -> toRef(task, businessKey.apply(task), labels.get(task.getId()).assignmentId()))
                .toList();
    }

    private TaskRef toRef(Task task) {
        return toRefs(List.of(task)).get(0);
    }

    /** What {@link TaskSearchLabels} put on a task: its review's reference code and its assignment, if any. */
    private record Labels(String referenceCode, Long assignmentId) {
    }

    /**
     * The labels of each task among {@code found}, in one query of the tasks' own variables: a
     * task someone completed meanwhile simply has none, where reading its execution's variables
     * would fail (and with it the whole page).
     */
    private Map<String, Labels> labelsOf(List<Task> found) {
        Map<String, String> reviews = new HashMap<>();
        Map<String, Long> assignments = new HashMap<>();
        if (!found.isEmpty()) {
            for (VariableInstance variable : runtime.createVariableInstanceQuery()
                    .taskIdIn(found.stream().map(Task::getId).toArray(String[]::new))
                    .variableNameIn(ReviewProcess.VAR_TASK_REVIEW, ReviewProcess.VAR_TASK_ASSIGNMENT).list()) {
                if (ReviewProcess.VAR_TASK_REVIEW.equals(variable.getName())) {
                    reviews.put(variable.getTaskId(), (String) variable.getValue());
                } else {
                    assignments.put(variable.getTaskId(), ((Number) variable.getValue()).longValue());
                }
            }
        }
        String[] unlabelled = found.stream().filter(task -> ReviewProcess.ASSESS_INSTITUTION
                        .equals(task.getTaskDefinitionKey()) || ReviewProcess.CHASE_OVERDUE_ASSESSMENT
                        .equals(task.getTaskDefinitionKey()))
                .map(Task::getId).filter(id -> !assignments.containsKey(id)).toArray(String[]::new);
        if (unlabelled.length > 0) {
            // tasks created before tasks carried their assignment, if still open: read it from their execution
            for (Task task : tasks.createTaskQuery().taskIdIn(unlabelled).list()) {
                Object assignmentId = runtime.getVariable(task.getExecutionId(), ReviewProcess.VAR_ASSIGNMENT_ID);
                if (assignmentId != null) {
                    assignments.put(task.getId(), ((Number) assignmentId).longValue());
                }
            }
        }
        Map<String, Labels> byTask = new HashMap<>();
        found.forEach(task -> byTask.put(task.getId(), new Labels(reviews.get(task.getId()),
                assignments.get(task.getId()))));
        return byTask;
    }

    private TaskRef toRef(Task task, String businessKey, Long assignmentId) {
        return new TaskRef(task.getId(), task.getTaskDefinitionKey(), task.getName(), businessKey,
                task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(), assignmentId);
    }

    /** Two users acted on the same process at the same moment; the later one may simply try again. */
    static final class EngineConflict extends StaleDataException {
        EngineConflict(OptimisticLockingException cause) {
            super("Someone else acted on this review at the same moment. Please try again.");
            initCause(cause);
        }
    }

    private static String keyName(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
