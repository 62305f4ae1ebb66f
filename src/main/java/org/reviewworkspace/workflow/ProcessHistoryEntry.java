package org.reviewworkspace.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * One thing the engine recorded about a review's process: a task opened or completed, a timer
 * that fired, the process starting or ending.
 *
 * @param taskKey  the task definition key (e.g. {@code SignOffFindings}) or the activity id of a timer
 * @param name     the task or timer as the process model names it
 * @param assignee who held the task (username), or {@code null}
 * @param due      when the task was due, or {@code null}
 * @param duration how long the task was open, for completed tasks; {@code null} otherwise
 */
public record ProcessHistoryEntry(Instant at, Kind kind, String taskKey, String name, String assignee, Instant due,
                                  Duration duration) {

    /** What happened. */
    public enum Kind { PROCESS_STARTED, TASK_OPENED, TASK_COMPLETED, TASK_WITHDRAWN, TIMER_FIRED, PROCESS_ENDED }
}
