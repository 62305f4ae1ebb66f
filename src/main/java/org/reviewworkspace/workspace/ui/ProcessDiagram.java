package org.reviewworkspace.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import java.util.stream.Collectors;
import org.reviewworkspace.workflow.ProcessPath;

/**
 * A review's process as its BPMN diagram ({@code frontend/components/process-diagram.ts}, drawn by
 * bpmn-js): the steps the review has completed in green with how often each passed, the steps it
 * waits at now in orange. Screen readers get the same in one sentence. As wide as its container and
 * 28rem high unless sized otherwise.
 */
@Tag("process-diagram")
@JsModule("context://components/process-diagram.js")
public class ProcessDiagram extends Component implements HasSize {

    /** The diagram of {@code path}, as {@code ReviewService.processPath} gives it for a review the user may see. */
    public ProcessDiagram(ProcessPath path) {
        setId("process-diagram");
        setWidthFull();
        getElement().setProperty("xml", path.bpmnXml());
        getElement().setPropertyMap("timesPassed", path.timesPassed());
        getElement().setPropertyList("current", List.copyOf(path.current()));
        // a figure, not an image: bpmn-js makes its drawing focusable, for panning with the arrow
        // keys, and an image's content is presentational, so its focus would have no name
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", summary(path));
    }

    /**
     * Where the review stands and the path it took, in words: "Process: at Sign off findings, round
     * 2; passed Plan visit, Assess institution (6 times), Consolidate findings (2 times), Sign off findings."
     */
    static String summary(ProcessPath path) {
        String where = path.ended()
                ? "ended at " + path.endedAt().map(path::name).orElse("its end")
                : "at " + path.current().stream().sorted().map(id -> position(path, id))
                        .collect(Collectors.joining(" and "));
        List<String> tasks = path.tasksPassed();
        String passed = tasks.isEmpty() ? "nothing passed yet"
                : "passed " + tasks.stream().map(id -> path.name(id) + times(path.timesPassed(id)))
                        .collect(Collectors.joining(", "));
        return "Process: " + where + "; " + passed + ".";
    }

    /** A step the review waits at, with the round it is in or how many of its items are done. */
    private static String position(ProcessPath path, String id) {
        int passed = path.timesPassed(id);
        if (passed == 0) {
            return path.name(id);
        }
        return path.name(id) + (path.isPerItem(id) ? " (" + passed + " done)" : ", round " + (passed + 1));
    }

    private static String times(int count) {
        return count == 1 ? "" : " (" + count + " times)";
    }
}
