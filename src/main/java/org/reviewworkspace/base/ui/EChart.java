package org.reviewworkspace.base.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * One Apache ECharts chart ({@code frontend/components/echart-view.ts}, SVG renderer), drawn from an
 * <a href="https://echarts.apache.org/en/option.html">ECharts option</a> built on the server
 * ({@link #option()} starts one). A picture for the eye only: screen readers get the accessible
 * name, so give it one that says what the chart shows, and put the numbers next to it in text as
 * well. Clicking a bar, slice or cell fires a {@link ChartClickEvent}. As wide as its container
 * and 18rem high unless sized otherwise.
 */
@Tag("echart-view")
@JsModule("context://components/echart-view.js")
public class EChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String option = "";

    /** A chart named {@code accessibleName} for assistive technology, e.g. "Reviews by stage". */
    public EChart(String accessibleName) {
        setWidthFull();
        // an image: the drawing holds nothing focusable, so its name is all a screen reader needs
        getElement().setAttribute("role", "img");
        setAccessibleName(accessibleName);
    }

    /** An empty option to fill in, e.g. {@code option.putObject("tooltip")}. */
    public static ObjectNode option() {
        return JSON.createObjectNode();
    }

    /** Draws {@code option}, replacing what the chart showed. */
    public void setOption(ObjectNode option) {
        try {
            setOption(JSON.writeValueAsString(option));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An ECharts option that cannot be written as JSON", e);
        }
    }

    /** Draws the option given as JSON, replacing what the chart showed. */
    public void setOption(String json) {
        option = json == null ? "" : json;
        getElement().setProperty("option", option);
    }

    /** The option drawn now, as JSON. */
    public String getOption() {
        return option;
    }

    /** What a screen reader announces for the chart: what it shows, ideally with its numbers. */
    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name == null ? "" : name);
    }

    public String getAccessibleName() {
        return getElement().getAttribute("aria-label");
    }

    /** Calls {@code listener} when the user clicks a bar, slice or cell of the chart. */
    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /**
     * A click on one data item of the chart.
     *
     * <p>{@code name} is the item's category (the x-axis label of a bar, a slice's name),
     * {@code seriesName} the series it belongs to (the colour of a stacked bar), {@code dataIndex}
     * its position in the series' data.
     */
    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<EChart> {

        private final String seriesName;
        private final String name;
        private final int dataIndex;

        public ChartClickEvent(EChart source, boolean fromClient,
                               @EventData("event.detail.seriesName") String seriesName,
                               @EventData("event.detail.name") String name,
                               @EventData("event.detail.dataIndex") int dataIndex) {
            super(source, fromClient);
            this.seriesName = seriesName;
            this.name = name;
            this.dataIndex = dataIndex;
        }

        public String getSeriesName() {
            return seriesName;
        }

        public String getName() {
            return name;
        }

        public int getDataIndex() {
            return dataIndex;
        }
    }
}
