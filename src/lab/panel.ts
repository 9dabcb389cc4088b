/**
 * The letgo sidebar panel: a Lumino widget that lays out a {@link PanelView} and this
 * week's {@link WeekActivity}. Every string from a report (names, paths, warnings) is
 * set with `textContent`, never parsed as HTML; the only markup inserted is the chart
 * SVG that Vega renders from months and numbers. Colours come from JupyterLab's `--jp-*`
 * theme variables (style/base.css), so light and dark themes both read well.
 */
import { Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';
import type { ReviewModel } from '../report/model.js';
import { formatCount, formatDate, formatPercent, plural } from '../report/format.js';
import { emptyText, handoffCells, SECTION_TITLES } from '../report/sections.js';
import type { LetgoModel } from './labModel.js';
import type { PanelView, WeekActivity } from './panelModel.js';

/** The part of a JupyterLab `TranslationBundle` the panel uses. */
export interface Trans {
  __(msgid: string, ...args: unknown[]): string;
}

/** What the panel's controls do; the plugin wires them to commands. */
export interface PanelActions {
  refresh(): void;
  /** Opens the *Scan repositories* dialog. */
  scan(): void;
  select(reportName: string): void;
  clearActivity(): void;
}

/** A scan started from the panel: running (commits read of all), or failed with the CLI's one-line message. */
export type ScanView = { state: 'running'; done: number; total: number } | { state: 'failed'; message: string };

/** Least change of the panel's width, CSS px, that redraws its charts. */
const REDRAW_WIDTH_STEP = 8;
/** Wait after the last resize before the charts are redrawn, ms. */
const REDRAW_DELAY_MS = 150;

/**
 * A repository path as text that may wrap only after a `/`: text nodes with a `<wbr>`
 * after each slash (CSS keeps words whole). Never markup from the path itself.
 */
function pathNodes(path: string): Node[] {
  const nodes: Node[] = [];
  path.split('/').forEach((part, i, parts) => {
    nodes.push(document.createTextNode(i < parts.length - 1 ? `${part}/` : part));
    if (i < parts.length - 1) nodes.push(document.createElement('wbr'));
  });
  return nodes;
}

function pathCode(path: string): HTMLElement {
  const code = el('code', 'jp-letgo-path');
  code.append(...pathNodes(path));
  return code;
}

/** Element factory: `el('p', 'jp-letgo-note', 'text')`. Text is set as textContent. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function section(title: string, name: string): HTMLElement {
  const s = el('section', `jp-letgo-section jp-letgo-${name}`);
  s.dataset.letgo = name;
  s.append(el('h3', 'jp-letgo-section-title', title));
  return s;
}

/** Minutes as "12.5 min" (one decimal below 10, whole minutes above). */
export function formatMinutes(minutes: number): string {
  return minutes < 10 ? `${(Math.floor(minutes * 10) / 10).toFixed(1)} min` : `${Math.floor(minutes)} min`;
}

/** The panel widget. Call {@link render} with a view and {@link renderActivity} with the tracker's week. */
export class LetgoPanel extends Widget {
  private readonly header = el('div', 'jp-letgo-header');
  private readonly body = el('div', 'jp-letgo-body');
  private readonly activity = el('div', 'jp-letgo-activity-slot');
  private readonly scanSlot = el('div', 'jp-letgo-scan-slot');
  /** The chart SVGs of the report on screen (by its identity and width), so re-renders do not run Vega again. */
  private charts: { key: string; svgs: Promise<{ ratio: string; tiers: string }> } | null = null;
  private renderSeq = 0;
  /** The view on screen, redrawn at the new width after a resize. */
  private view: PanelView | null = null;
  private chartWidth = 0;
  private resizeTimer = 0;

  constructor(
    private readonly trans: Trans,
    private readonly actions: PanelActions
  ) {
    super();
    this.addClass('jp-letgo-panel');
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', trans.__('letgo hands-on balance'));
    this.scanSlot.setAttribute('aria-live', 'polite');
    this.node.append(this.header, this.scanSlot, this.body, this.activity);
  }

  /** Shows a running scan's progress bar, or a failed scan's message; `null` clears it. */
  renderScan(scan: ScanView | null): void {
    this.node.dataset.scan = scan?.state ?? 'idle';
    for (const button of this.node.querySelectorAll<HTMLButtonElement>('.jp-letgo-scan')) button.disabled = scan?.state === 'running';
    if (!scan) {
      this.scanSlot.replaceChildren();
      return;
    }
    if (scan.state === 'failed') {
      const box = el('div', 'jp-letgo-error');
      box.setAttribute('role', 'alert');
      box.append(el('p', undefined, this.trans.__('The scan failed:')), el('p', 'jp-letgo-scan-message', scan.message));
      this.scanSlot.replaceChildren(box);
      return;
    }
    const bar = el('progress', 'jp-letgo-scan-progress');
    bar.max = Math.max(scan.total, 1);
    if (scan.total > 0) bar.value = scan.done;
    else bar.removeAttribute('value'); // indeterminate until the history is sized
    const text =
      scan.total > 0
        ? this.trans.__('Scanning: %1 of %2 commits', formatCount(scan.done), formatCount(scan.total))
        : this.trans.__('Scanning: reading the history…');
    this.scanSlot.replaceChildren(el('p', 'jp-letgo-note', text), bar);
  }

  protected onResize(msg: Widget.ResizeMessage): void {
    super.onResize(msg);
    window.clearTimeout(this.resizeTimer);
    this.resizeTimer = window.setTimeout(() => {
      if (this.view?.kind === 'report' && Math.abs(this.fitWidth() - this.chartWidth) >= REDRAW_WIDTH_STEP) void this.render(this.view);
    }, REDRAW_DELAY_MS);
  }

  /** Follows `model`: its reports, selection and settings redraw the page, its scan the progress slot. Disconnected on dispose. */
  bind(model: LetgoModel): void {
    model.changed.connect((_, what) => {
      if (what === 'scan') this.renderScan(model.scan);
      else void this.render(model.view);
    }, this);
    void this.render(model.view);
    this.renderScan(model.scan);
  }

  dispose(): void {
    window.clearTimeout(this.resizeTimer);
    Signal.clearData(this);
    super.dispose();
  }

  /** The width the charts get, CSS px: the body's content width (0 when not laid out, e.g. hidden). */
  private fitWidth(): number {
    return Math.floor(this.body.clientWidth);
  }

  private scanButton(primary: boolean): HTMLButtonElement {
    const button = el('button', `jp-Button jp-mod-styled ${primary ? 'jp-mod-accept' : ''} jp-letgo-scan`, this.trans.__('Scan repositories'));
    button.type = 'button';
    button.disabled = this.node.dataset.scan === 'running';
    button.addEventListener('click', () => this.actions.scan());
    return button;
  }

  /** Lays out `view`; resolves when its charts are in place. */
  async render(view: PanelView): Promise<void> {
    const seq = ++this.renderSeq;
    this.view = view;
    this.node.dataset.state = view.kind;
    this.header.replaceChildren(...this.headerParts(view));
    this.body.replaceChildren();
    switch (view.kind) {
      case 'loading':
        this.body.append(el('p', 'jp-letgo-note', this.trans.__('Reading %1…', `${view.folder}/report.json`)));
        return;
      case 'empty': {
        const box = el('div', 'jp-letgo-empty');
        box.append(
          el('p', undefined, this.trans.__('No letgo report in %1 yet. Scan the repositories under the Jupyter server root:', view.folder)),
          this.scanButton(true),
          el('p', undefined, this.trans.__('or, in a terminal at the Jupyter server root, run:')),
          el('pre', 'jp-letgo-command', view.command),
          el('p', undefined, this.trans.__('or, to try letgo on a made-up team:')),
          el('pre', 'jp-letgo-command', view.demoCommand),
          el('p', 'jp-letgo-note', this.trans.__('Then press Refresh.'))
        );
        this.body.append(box);
        return;
      }
      case 'broken': {
        const box = el('div', 'jp-letgo-error');
        box.setAttribute('role', 'alert');
        box.append(el('p', undefined, this.trans.__('The report in %1 cannot be shown:', view.folder)));
        const list = el('ul');
        for (const p of view.problems) list.append(el('li', undefined, p.message));
        box.append(list, el('p', undefined, this.trans.__('Scan again to write it anew:')), this.scanButton(true), el('pre', 'jp-letgo-command', view.command));
        this.body.append(box);
        return;
      }
      case 'report':
        this.body.append(...this.reportParts(view));
        await this.placeCharts(view, seq);
    }
  }

  /** Shows this week's tracker totals; `null` says the tracker is off. */
  renderActivity(week: WeekActivity | null): void {
    const s = section(this.trans.__('Your notebook time this week'), 'activity');
    if (!week) {
      s.append(el('p', 'jp-letgo-note', this.trans.__('The activity tracker is off (Settings → letgo).')));
      this.activity.replaceChildren(s);
      return;
    }
    s.dataset.minutes = week.minutes.toFixed(3);
    s.dataset.executed = String(week.executed);
    s.dataset.edited = String(week.edited);
    s.dataset.teammateMinutes = week.teammateMinutes.toFixed(3);
    const dl = el('dl', 'jp-letgo-figures');
    const add = (label: string, value: string, name: string) => {
      const dt = el('dt', undefined, label);
      const dd = el('dd', undefined, value);
      dd.dataset.letgo = name;
      dl.append(dt, dd);
    };
    add(this.trans.__('Active editing'), formatMinutes(week.minutes), 'minutes');
    add(this.trans.__('Cells run'), formatCount(week.executed), 'executed');
    add(this.trans.__('Cells edited'), formatCount(week.edited), 'edited');
    add(this.trans.__("In teammates' notebooks"), week.teammateShare === null ? '–' : formatPercent(week.teammateShare), 'teammate-share');
    s.append(
      dl,
      el(
        'p',
        'jp-letgo-note',
        this.trans.__(
          '%1 to %2, %3 notebooks. Kept in your JupyterLab workspace only; git does not see this work yet.',
          formatDate(week.from),
          formatDate(week.to),
          week.notebooks
        )
      )
    );
    const clear = el('button', 'jp-Button jp-mod-styled jp-mod-reject jp-letgo-clear', this.trans.__('Clear activity'));
    clear.type = 'button';
    clear.addEventListener('click', () => this.actions.clearActivity());
    s.append(clear);
    this.activity.replaceChildren(s);
  }

  private headerParts(view: PanelView): HTMLElement[] {
    const title = el('h2', 'jp-letgo-title', 'letgo');
    const parts: HTMLElement[] = [title];
    if (view.kind === 'report' && view.choices.length > 1) {
      const select = el('select', 'jp-mod-styled jp-letgo-month');
      select.setAttribute('aria-label', this.trans.__('Report month'));
      for (const c of view.choices) {
        const option = el('option', undefined, c.label);
        option.value = c.name;
        option.selected = c.name === view.selected.name;
        select.append(option);
      }
      select.addEventListener('change', () => this.actions.select(select.value));
      parts.push(select);
    } else if (view.kind === 'report') {
      parts.push(el('span', 'jp-letgo-window', view.selected.label));
    }
    const refresh = el('button', 'jp-Button jp-mod-styled jp-letgo-refresh', this.trans.__('Refresh'));
    refresh.type = 'button';
    refresh.addEventListener('click', () => this.actions.refresh());
    parts.push(refresh);
    if (view.kind === 'report') parts.push(this.scanButton(false));
    return parts;
  }

  private reportParts(view: Extract<PanelView, { kind: 'report' }>): HTMLElement[] {
    const r: ReviewModel = view.review;
    const h = r.headline;
    const signal = section(h.label, 'signal');
    signal.dataset.level = h.level;
    signal.append(el('p', 'jp-letgo-headline', h.headline), el('p', 'jp-letgo-numbers', h.numbers));
    const evidence = this.evidenceSection(r);
    const dl = el('dl', 'jp-letgo-figures');
    for (const f of h.figures) {
      const dd = el('dd', undefined, f.value);
      dd.title = f.note;
      dd.dataset.figure = f.label;
      const list = f.evidence === undefined ? undefined : evidence.querySelector<HTMLDetailsElement>(`details[data-evidence="${f.evidence}"]`);
      if (list) dd.replaceChildren(this.opener(f.value, f.note, list));
      dl.append(el('dt', undefined, f.label), dd);
    }
    signal.append(dl, el('p', 'jp-letgo-note', h.meaning));

    const trend = section(this.trans.__(SECTION_TITLES.trend), 'trend');
    trend.append(el('div', 'jp-letgo-chart jp-letgo-chart-ratio'), el('div', 'jp-letgo-chart jp-letgo-chart-tiers'));

    const tiers = section(this.trans.__('Tier mix'), 'tiers');
    const table = el('table', 'jp-letgo-table');
    const head = el('tr');
    for (const c of [this.trans.__('Tier'), this.trans.__('You'), this.trans.__('Team'), this.trans.__('Your share')]) head.append(el('th', undefined, c));
    table.append(head);
    for (const row of r.delegation.rows) {
      const tr = el('tr');
      tr.dataset.tier = row.tier;
      tr.title = row.recommendation;
      tr.append(
        el('td', undefined, row.label),
        el('td', undefined, formatCount(row.manager)),
        el('td', undefined, formatCount(row.team)),
        el('td', undefined, formatPercent(row.shareOfTier))
      );
      table.append(tr);
    }
    tiers.append(table, el('p', 'jp-letgo-note', r.delegation.stage));

    // Titles and empty-section sentences are the pages' own (report/sections.ts, report/model.ts).
    const onlyYou = section(this.trans.__(SECTION_TITLES.onlyYou), 'only-you');
    if (r.onlyYou.length === 0) onlyYou.append(el('p', 'jp-letgo-note', r.onlyYouEmpty));
    else {
      onlyYou.append(el('p', 'jp-letgo-note', r.onlyYouIntro));
      const ul = el('ul', 'jp-letgo-list');
      for (const n of r.onlyYou) {
        const li = el('li');
        const lastTeam = n.lastTeamTouch
          ? this.trans.__('a teammate last changed it on %1', formatDate(n.lastTeamTouch))
          : this.trans.__('no teammate has changed it');
        li.append(
          pathCode(`${n.repo}/${n.path}`),
          el('span', 'jp-letgo-detail', ` ${this.trans.__('%1 of its churn is yours', formatPercent(n.managerShare))} · ${lastTeam}`)
        );
        ul.append(li);
      }
      onlyYou.append(ul);
    }

    const takeovers = section(this.trans.__(SECTION_TITLES.takeovers), 'takeovers');
    if (r.takeovers.length === 0) takeovers.append(el('p', 'jp-letgo-note', this.trans.__(emptyText.takeovers)));
    else {
      takeovers.append(el('p', 'jp-letgo-note', r.takeoversIntro));
      for (const g of r.takeovers) {
        takeovers.append(el('h4', 'jp-letgo-group', g.title));
        const ul = el('ul', 'jp-letgo-list');
        for (const t of g.items) {
          const li = el('li');
          li.append(
            pathCode(`${t.repo}/${t.path}`),
            el('span', 'jp-letgo-detail', ` ${formatDate(t.at)}${t.inFlight ? ` · ${this.trans.__('in flight')}` : ''}`)
          );
          ul.append(li);
        }
        takeovers.append(ul);
      }
    }

    const handoffs = section(this.trans.__(SECTION_TITLES.handoffs), 'handoffs');
    if (r.handoffs.items.length === 0) handoffs.append(el('p', 'jp-letgo-note', this.trans.__(emptyText.handoffs)));
    else {
      const ul = el('ul', 'jp-letgo-list');
      for (const x of r.handoffs.items) {
        const li = el('li');
        const [since, month, owner, share] = handoffCells(x);
        li.append(
          pathCode(`${x.repo}/${x.path}`),
          el('span', 'jp-letgo-detail', ` ${this.trans.__('only you at the end of %1; %2 (%3) at the end of %4', since, owner, share, month)}`)
        );
        ul.append(li);
      }
      handoffs.append(ul);
    }
    handoffs.append(el('p', 'jp-letgo-note', r.handoffs.newHoards));

    const lead = section(this.trans.__(SECTION_TITLES.lead), 'lead');
    if (r.lead.intro) lead.append(el('p', 'jp-letgo-note', r.lead.intro));
    if (r.lead.empty) lead.append(el('p', 'jp-letgo-note', r.lead.empty));
    else {
      const ul = el('ul', 'jp-letgo-list');
      for (const row of r.lead.rows) {
        const li = el('li', undefined, `${row.label}: ${row.value}`);
        li.dataset.lead = row.label;
        li.append(el('span', 'jp-letgo-detail', ` ${row.detail}`));
        ul.append(li);
      }
      lead.append(ul);
    }

    const warnings = section(this.trans.__(SECTION_TITLES.quality), 'warnings');
    const items = el('ul', 'jp-letgo-list');
    for (const q of r.quality) {
      const li = el('li', undefined, `${q.label}: ${q.text}`);
      if (q.values.length) li.append(el('span', 'jp-letgo-detail', ` ${q.values.join(', ')}${q.more ? ` (+${q.more})` : ''}`));
      items.append(li);
    }
    for (const p of view.problems) items.append(el('li', 'jp-letgo-problem', p.message));
    if (items.childElementCount) warnings.append(items);
    else warnings.append(el('p', 'jp-letgo-note', this.trans.__('No warnings.')));

    return [signal, trend, tiers, onlyYou, takeovers, handoffs, lead, warnings, ...(r.evidence.length ? [evidence] : [])];
  }

  /** A button showing a figure's value that opens its evidence list (a details element further down) and brings it into view. */
  private opener(value: string, note: string, list: HTMLDetailsElement): HTMLButtonElement {
    const button = el('button', 'jp-letgo-evidence-open', value);
    button.type = 'button';
    button.title = this.trans.__('%1: show the commits', note);
    button.addEventListener('click', () => {
      list.open = true;
      list.scrollIntoView?.({ block: 'nearest' });
    });
    return button;
  }

  /** "Behind the numbers": each evidence list of the review as a details element (closed), its commits and files as text (a commit's files past the first 50 as "and N more files"). */
  private evidenceSection(r: ReviewModel): HTMLElement {
    const s = section(this.trans.__(SECTION_TITLES.evidence), 'evidence');
    for (const l of r.evidence) {
      const details = el('details', 'jp-letgo-evidence');
      details.dataset.evidence = l.id;
      details.append(el('summary', undefined, `${l.title}: ${formatCount(l.count)}`));
      if (!l.commits.length) details.append(el('p', 'jp-letgo-note', this.trans.__(emptyText.evidence)));
      const ul = el('ul', 'jp-letgo-list');
      for (const c of l.commits) {
        const li = el('li');
        li.dataset.sha = c.sha;
        li.append(el('span', 'jp-letgo-detail', `${formatDate(c.time)} · ${c.sha.slice(0, 10)} · `), el('span', 'jp-letgo-subject', c.subject));
        for (const f of c.files)
          li.append(el('br'), pathCode(`${c.repo}/${f.path}`), el('span', 'jp-letgo-detail', ` ${f.kind}, ${f.tier}, ${formatCount(f.lines)}`));
        if (c.moreFiles) li.append(el('br'), el('span', 'jp-letgo-detail', this.trans.__('and %1', plural(c.moreFiles, 'more file'))));
        ul.append(li);
      }
      if (l.commits.length) details.append(ul);
      s.append(details);
    }
    return s;
  }

  private async placeCharts(view: Extract<PanelView, { kind: 'report' }>, seq: number): Promise<void> {
    // Drawn for the panel's width (1:1, so labels keep their size); a page width when not laid out yet.
    const width = this.fitWidth();
    this.chartWidth = width;
    const key = `${view.selected.name}@${view.selected.report.generatedAt}@${width}`;
    if (this.charts?.key !== key) {
      const layout = width > 0 ? { fit: width } : {};
      const svgs = import('../report/charts.js').then(({ renderTrendCharts }) => renderTrendCharts(view.review.trend, view.review.thresholds, layout));
      this.charts = { key, svgs };
    }
    const charts = this.charts.svgs;
    let svgs: { ratio: string; tiers: string };
    try {
      svgs = await charts;
    } catch {
      if (this.charts?.key === key) this.charts = null;
      if (seq !== this.renderSeq) return;
      this.body.querySelector('.jp-letgo-trend')?.append(el('p', 'jp-letgo-note', this.trans.__('The trend chart could not be drawn.')));
      return;
    }
    if (seq !== this.renderSeq) return; // a newer render replaced the page meanwhile
    const ratio = this.body.querySelector<HTMLElement>('.jp-letgo-chart-ratio');
    const tiers = this.body.querySelector<HTMLElement>('.jp-letgo-chart-tiers');
    // Vega's SVG holds only months, numbers and fixed labels (src/report/charts.ts).
    if (ratio) ratio.innerHTML = svgs.ratio;
    if (tiers) tiers.innerHTML = svgs.tiers;
  }
}
