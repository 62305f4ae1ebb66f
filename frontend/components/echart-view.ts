/*
 * <echart-view>: one Apache ECharts chart, drawn from an option the server sends as JSON.
 * The server side is org.reviewworkspace.base.ui.EChart, which sets the property `option` and
 * listens for `chart-click`. build.mjs bundles it with the parts of ECharts it imports below and Lit
 * into the script the application serves; after a change here, run it again (README, "The
 * components' scripts").
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// only what the views use, so the script stays a fraction of the whole library
echarts.use([
  BarChart,
  PieChart,
  HeatmapChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  VisualMapComponent,
  SVGRenderer,
]);

/** What `chart-click` carries: the series and the category (bar, slice, cell) clicked. */
export type ChartClickDetail = {
  seriesName: string | null;
  name: string | null;
  dataIndex: number | null;
  value: unknown;
};

export class EChartView extends LitElement {
  static properties = {
    option: { type: String },
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      height: 18rem;
      min-width: 0;
    }
    .chart {
      width: 100%;
      height: 100%;
    }
  `;

  /** The ECharts option as JSON; an empty string or invalid JSON draws nothing. */
  declare option: string;

  private chart?: echarts.ECharts;
  private readonly resizeObserver = new ResizeObserver(() => this.chart?.resize());

  constructor() {
    super();
    this.option = '';
  }

  render() {
    return html`<div class="chart" part="chart"></div>`;
  }

  protected firstUpdated() {
    this.start();
  }

  connectedCallback() {
    super.connectedCallback();
    // Vaadin detaches and attaches elements again, e.g. when a view is shown a second time
    if (this.hasUpdated && !this.chart) {
      this.start();
    }
  }

  disconnectedCallback() {
    this.resizeObserver.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
    super.disconnectedCallback();
  }

  protected updated(changed: PropertyValues<this>) {
    if (changed.has('option') && this.chart) {
      this.draw();
    }
  }

  private start() {
    const container = this.renderRoot.querySelector('.chart') as HTMLElement;
    // SVG rather than canvas: it stays sharp at any zoom, and scales with the element without a redraw
    this.chart = echarts.init(container, undefined, { renderer: 'svg' });
    this.chart.on('click', (params) => this.clicked(params as unknown as Record<string, unknown>));
    this.chart.on('finished', () => this.setAttribute('rendered', ''));
    this.resizeObserver.observe(container);
    this.draw();
  }

  private draw() {
    if (!this.chart) {
      return;
    }
    let option: echarts.EChartsCoreOption;
    try {
      option = this.option ? JSON.parse(this.option) : {};
    } catch (error) {
      console.error('echart-view: the option is not JSON', error);
      return;
    }
    this.removeAttribute('rendered');
    // a new option replaces the old one entirely, so series that are gone do not linger
    this.chart.setOption(option, { notMerge: true });
  }

  private clicked(params: Record<string, unknown>) {
    const detail: ChartClickDetail = {
      seriesName: (params.seriesName as string) ?? null,
      name: (params.name as string) ?? null,
      dataIndex: (params.dataIndex as number) ?? null,
      value: params.value ?? null,
    };
    this.dispatchEvent(new CustomEvent('chart-click', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('echart-view', EChartView);

declare global {
  interface HTMLElementTagNameMap {
    'echart-view': EChartView;
  }
}
