package org.reviewworkspace.workflow;

/** Each task form lives at {@code tasks/<task definition key>/<task id>}. */
public final class TaskRoutes {

    public static final String PREFIX = "tasks/";
    public static final String TASK_ID = "taskId";

    private TaskRoutes() {
    }

    public static String of(String key, String taskId) {
        return PREFIX + key + "/" + taskId;
    }
}
