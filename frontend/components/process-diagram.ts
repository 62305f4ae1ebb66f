/*
 * <process-diagram>: a review's BPMN process, drawn by bpmn-js, with the steps the review has
 * completed (green, with how often each passed) and the ones it waits at now (orange).
 * The server side is org.reviewworkspace.workspace.ui.ProcessDiagram, which sets the properties.
 * build.mjs bundles it with bpmn-js and Lit into the script the application serves; after a change
 * here, run it again (README, "The process diagram's script").
 */
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import diagramJsCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import bpmnJsCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';

type DiagramElement = { id: string; type: string };
type Canvas = {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
  resized(): void;
  zoom(level?: number | 'fit-viewport', center?: 'auto' | { x: number; y: number }): number;
};
type Overlays = {
  add(id: string, type: string, overlay: { position: object; html: HTMLElement }): string;
  remove(filter: { type: string }): void;
};
type ElementRegistry = { get(id: string): DiagramElement | undefined; getAll(): DiagramElement[] };

/** Markers (CSS classes bpmn-js puts on a node's SVG group) of this component. */
const COMPLETED = 'completed';
const CURRENT = 'current';
const BADGE = 'times-passed';

/** Tasks and sub-processes get a badge; events and gateways only their colour. */
const isStep = (element: DiagramElement) => /(Task|SubProcess|CallActivity)$/.test(element.type);

export class ProcessDiagram extends LitElement {
  static properties = {
    xml: { type: String },
    timesPassed: { type: Object },
    current: { type: Array },
  };

  static styles = [
    unsafeCSS(diagramJsCss),
    unsafeCSS(bpmnJsCss),
    css`
      :host {
        display: block;
        position: relative;
        height: 28rem;
        box-sizing: border-box;
        border: 1px solid var(--lumo-contrast-10pct, #e0e0e0);
        border-radius: var(--lumo-border-radius-l, 0.75em);
        background: var(--lumo-base-color, #fff);
        overflow: hidden;
      }
      .canvas {
        width: 100%;
        height: 100%;
      }
      .completed:not(.djs-connection) .djs-visual > :nth-child(1) {
        stroke: hsl(145, 63%, 30%) !important;
        fill: hsl(145, 60%, 93%) !important;
      }
      .current:not(.djs-connection) .djs-visual > :nth-child(1) {
        stroke: hsl(28, 95%, 45%) !important;
        stroke-width: 4px !important;
        fill: hsl(35, 100%, 90%) !important;
        animation: current-pulse 1.6s ease-in-out infinite;
      }
      @keyframes current-pulse {
        50% {
          stroke-opacity: 0.35;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .current:not(.djs-connection) .djs-visual > :nth-child(1) {
          animation: none;
        }
      }
      .times-passed {
        display: inline-block;
        min-width: 1.4em;
        padding: 0 0.35em;
        border-radius: 0.8em;
        background: hsl(145, 63%, 30%);
        color: #fff;
        font: 600 12px/1.5 var(--lumo-font-family, sans-serif);
        text-align: center;
        white-space: nowrap;
      }
    `,
  ];

  /** BPMN 2.0 XML of the process, with diagram interchange. */
  declare xml: string;
  /** How often each node (by BPMN id) completed. */
  declare timesPassed: Record<string, number>;
  /** The BPMN ids of the nodes the review waits at now. */
  declare current: string[];

  private viewer?: InstanceType<typeof NavigatedViewer>;
  private readonly resizeObserver = new ResizeObserver(() => this.fit());
  /** The XML shown now; markers wait for it, and a newer one replaces it. */
  private imported?: string;

  constructor() {
    super();
    this.xml = '';
    this.timesPassed = {};
    this.current = [];
  }

  render() {
    return html`<div class="canvas" part="canvas"></div>`;
  }

  protected firstUpdated() {
    const container = this.renderRoot.querySelector('.canvas') as HTMLElement;
    // the page scrolls under the wheel as everywhere else; Ctrl (or Cmd) with the wheel zooms, dragging pans
    this.viewer = new NavigatedViewer({ container, zoomScroll: { enabled: false } });
    container.addEventListener('wheel', (event) => this.zoomWithCtrl(event), { passive: false });
    this.resizeObserver.observe(container);
  }

  connectedCallback() {
    super.connectedCallback();
    const container = this.renderRoot?.querySelector('.canvas');
    if (container) {
      this.resizeObserver.observe(container);
    }
  }

  disconnectedCallback() {
    this.resizeObserver.disconnect();
    super.disconnectedCallback();
  }

  protected updated(changed: PropertyValues<this>) {
    if (changed.has('xml')) {
      this.show(this.xml);
    } else if (changed.has('timesPassed') || changed.has('current')) {
      this.mark();
    }
  }

  private async show(xml: string) {
    if (!this.viewer || !xml) {
      return;
    }
    this.imported = undefined;
    this.removeAttribute('rendered');
    try {
      await this.viewer.importXML(xml);
    } catch (error) {
      console.error('process-diagram: the BPMN could not be shown', error);
      return;
    }
    if (xml !== this.xml) {
      return; // a newer diagram arrived while this one was imported
    }
    this.imported = xml;
    this.fit();
    this.mark();
    // lets tests, and anything else waiting for the drawing, know it is complete
    this.setAttribute('rendered', '');
  }

  private mark() {
    if (!this.viewer || this.imported === undefined) {
      return;
    }
    const canvas = this.viewer.get<Canvas>('canvas');
    const overlays = this.viewer.get<Overlays>('overlays');
    const registry = this.viewer.get<ElementRegistry>('elementRegistry');
    overlays.remove({ type: BADGE });
    for (const element of registry.getAll()) {
      canvas.removeMarker(element.id, COMPLETED);
      canvas.removeMarker(element.id, CURRENT);
    }
    for (const [id, times] of Object.entries(this.timesPassed ?? {})) {
      const element = registry.get(id);
      if (!element || times < 1) {
        continue;
      }
      canvas.addMarker(id, COMPLETED);
      if (isStep(element)) {
        overlays.add(id, BADGE, { position: { top: -10, right: 26 }, html: badge(times) });
      }
    }
    for (const id of this.current ?? []) {
      if (registry.get(id)) {
        canvas.addMarker(id, CURRENT);
      }
    }
  }

  /** Fits the whole diagram into the component, once it is drawn and has a size (a hidden tab has none). */
  private fit() {
    const container = this.renderRoot.querySelector('.canvas') as HTMLElement | null;
    if (!this.viewer || this.imported === undefined || !container?.clientWidth || !container.clientHeight) {
      return;
    }
    const canvas = this.viewer.get<Canvas>('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
  }

  private zoomWithCtrl(event: WheelEvent) {
    if (!this.viewer || !(event.ctrlKey || event.metaKey)) {
      return;
    }
    event.preventDefault();
    const canvas = this.viewer.get<Canvas>('canvas');
    const bounds = (event.currentTarget as HTMLElement).getBoundingClientRect();
    canvas.zoom(canvas.zoom() * Math.pow(1.0015, -event.deltaY), {
      x: event.clientX - bounds.left,
      y: event.clientY - bounds.top,
    });
  }
}

function badge(times: number): HTMLElement {
  const span = document.createElement('span');
  span.className = BADGE;
  span.textContent = `\u00d7${times}`;
  span.title = times === 1 ? 'Completed once' : `Completed ${times} times`;
  return span;
}

customElements.define('process-diagram', ProcessDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'process-diagram': ProcessDiagram;
  }
}
