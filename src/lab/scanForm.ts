/**
 * The body of the *Scan repositories* dialog: the repositories the server found (all
 * checked), the manager and the month. A Lumino widget whose `getValue()` is the scan
 * request (JupyterLab's `Dialog.IBodyWidget`); repository paths and names are set as text.
 */
import { Widget } from '@lumino/widgets';
import { addMonths } from '../core/time.js';
import type { Trans } from './panel.js';
import type { RepoListing, ScanRequest } from './scanClient.js';

/** The month before `now`'s (UTC) month, YYYY-MM: the CLI's default window. */
export function lastFullMonth(now: Date): string {
  return addMonths(now.toISOString().slice(0, 7), -1);
}

/** The dialog body. `manager` is the remembered setting, else the server user's git email. */
export class ScanForm extends Widget {
  private readonly boxes: { path: string; input: HTMLInputElement }[] = [];
  private readonly managerInput = document.createElement('input');
  private readonly monthInput = document.createElement('input');
  private readonly detailInput = document.createElement('input');

  constructor(trans: Trans, listing: RepoListing, manager: string, now: Date) {
    super();
    this.addClass('jp-letgo-scan-form');
    const node = this.node;
    if (listing.repos.length === 0) {
      const p = document.createElement('p');
      p.className = 'jp-letgo-note';
      p.textContent = trans.__('No git repository under the Jupyter server root (to 3 folders deep).');
      node.append(p);
    } else {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = trans.__('Repositories');
      fieldset.append(legend);
      for (const repo of listing.repos) {
        const label = document.createElement('label');
        label.className = 'jp-letgo-scan-repo';
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.checked = true;
        input.value = repo.path;
        label.append(input, document.createTextNode(` ${repo.path === '.' ? trans.__('the server root') : repo.path}`));
        fieldset.append(label);
        this.boxes.push({ path: repo.path, input });
      }
      node.append(fieldset);
    }
    this.managerInput.type = 'text';
    this.managerInput.className = 'jp-mod-styled';
    this.managerInput.name = 'manager';
    this.managerInput.placeholder = 'you@company.com';
    this.managerInput.value = manager;
    this.monthInput.type = 'month';
    this.monthInput.className = 'jp-mod-styled';
    this.monthInput.name = 'month';
    this.monthInput.value = lastFullMonth(now);
    this.detailInput.type = 'checkbox';
    this.detailInput.name = 'teamDetail';
    const detail = document.createElement('label');
    detail.className = 'jp-letgo-scan-field';
    detail.append(this.detailInput, document.createTextNode(` ${trans.__('Name teammates (the nudge then says whose notebook it is)')}`));
    node.append(this.field(trans.__('You (email or name in git)'), this.managerInput), this.field(trans.__('Month'), this.monthInput), detail);
  }

  /** The checked repositories, the manager and month when filled in. */
  getValue(): ScanRequest {
    const request: ScanRequest = { paths: this.boxes.filter((b) => b.input.checked).map((b) => b.path) };
    const manager = this.managerInput.value.trim();
    const month = this.monthInput.value.trim();
    if (manager) request.manager = manager;
    if (/^\d{4}-\d{2}$/.test(month)) request.month = month;
    if (this.detailInput.checked) request.teamDetail = true;
    return request;
  }

  private field(text: string, input: HTMLInputElement): HTMLLabelElement {
    const label = document.createElement('label');
    label.className = 'jp-letgo-scan-field';
    const span = document.createElement('span');
    span.textContent = text;
    label.append(span, input);
    return label;
  }
}
