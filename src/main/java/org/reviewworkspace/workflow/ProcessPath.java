package org.reviewworkspace.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a review's process has been and where it stands, to draw on its BPMN diagram.
 *
 * @param bpmnXml the BPMN 2.0 XML, with diagram interchange, of the process definition the review runs
 * @param timesPassed for each node (task, sub-process, event, gateway) by BPMN id, how often it
 *        completed, in the order the review first reached them; nodes cancelled on the way (a
 *        withdrawn assessment, the task open when the review was cancelled) do not count
 * @param current the nodes the review waits at now; empty once its process has ended
 * @param nodes every node of the diagram, by BPMN id
 */
public record ProcessPath(String bpmnXml, Map<String, Integer> timesPassed, Set<String> current,
                          Map<String, Node> nodes) {

    /**
     * A node of the diagram.
     *
     * @param name its name as drawn, or {@code null}
     * @param kind what it is
     * @param perItem whether it runs once per item of a multi-instance (one per assessment), so that
     *        its count says how many items passed it rather than how many rounds
     */
    public record Node(String name, Kind kind, boolean perItem) {
    }

    /** The kinds of BPMN node a reader tells apart. */
    public enum Kind { TASK, SUB_PROCESS, EVENT, GATEWAY }

    public ProcessPath {
        timesPassed = Collections.unmodifiableMap(new LinkedHashMap<>(timesPassed));
        current = Set.copyOf(current);
        nodes = Map.copyOf(nodes);
    }

    /** How often the node {@code id} completed; 0 if never. */
    public int timesPassed(String id) {
        return timesPassed.getOrDefault(id, 0);
    }

    /** Whether the process has ended (published, rejected or cancelled): it waits nowhere. */
    public boolean ended() {
        return current.isEmpty();
    }

    /** The node's name as the diagram shows it, or its id if it has none. */
    public String name(String id) {
        Node node = nodes.get(id);
        return node == null || node.name() == null ? id : node.name();
    }

    /** The tasks the review has completed, in the order it first reached them. */
    public List<String> tasksPassed() {
        return timesPassed.keySet().stream().filter(id -> kind(id) == Kind.TASK).toList();
    }

    /** The end event the process ended at: the last node it reached; empty while it runs. */
    public Optional<String> endedAt() {
        return ended() ? timesPassed.keySet().stream().reduce((first, second) -> second) : Optional.empty();
    }

    /** What the node is, or {@code null} if the diagram has no such node. */
    public Kind kind(String id) {
        Node node = nodes.get(id);
        return node == null ? null : node.kind();
    }

    /** Whether the node runs once per item of a multi-instance. */
    public boolean isPerItem(String id) {
        Node node = nodes.get(id);
        return node != null && node.perItem();
    }
}
