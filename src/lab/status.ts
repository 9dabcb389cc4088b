/**
 * The status bar item: the report's signal ("letgo: Holding back") and, when the active
 * notebook is one a teammate owns, a gentle nudge naming the owner with a "let them cook"
 * hint. Text only (textContent); clicking it opens the panel.
 */
import { Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';
import type { SignalLevel } from '../core/report.js';
import { LEVEL_WORDS } from '../report/words.js';
import type { LetgoModel } from './labModel.js';
import type { Trans } from './panel.js';

/** What the status item shows. */
export interface StatusView {
  /** The selected report's signal, or null without a report. */
  level: SignalLevel | null;
  /** True when the folder holds report files but none can be read (the panel says why). */
  unreadable?: boolean;
  /** The nudge for the active notebook, or null. `who` null means "a teammate". */
  nudge: { who: string | null; percent: number; path: string } | null;
}

/** The status bar widget. */
export class LetgoStatus extends Widget {
  constructor(
    private readonly trans: Trans,
    onClick: () => void
  ) {
    super();
    this.addClass('jp-letgo-status');
    this.node.setAttribute('role', 'button');
    this.node.tabIndex = 0;
    this.node.addEventListener('click', onClick);
    this.node.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') onClick();
    });
    this.setView({ level: null, nudge: null });
  }

  /**
   * Follows `model` for the notebook `currentPath()` returns (null: none open); call
   * {@link refresh} when that notebook changes. Disconnected on dispose.
   */
  bind(model: LetgoModel, currentPath: () => string | null): void {
    this.refresh = () => this.setView(model.statusView(currentPath()));
    model.changed.connect(() => this.refresh(), this);
    this.refresh();
  }

  /** Redraws from the bound model (a no-op before {@link bind}). */
  refresh: () => void = () => undefined;

  dispose(): void {
    Signal.clearData(this);
    super.dispose();
  }

  /** Updates the text and tooltip. */
  setView(view: StatusView): void {
    const signal = view.level ? LEVEL_WORDS[view.level].label : view.unreadable ? this.trans.__('report unreadable') : this.trans.__('no report');
    this.node.dataset.level = view.level ?? (view.unreadable ? 'unreadable' : 'none');
    if (view.nudge) {
      const who = view.nudge.who ?? this.trans.__('A teammate');
      this.node.dataset.nudge = 'owner';
      this.node.textContent = this.trans.__('letgo: %1 owns this notebook, let them cook', who);
      this.node.title = this.trans.__(
        '%1 made %2% of the recent changes to %3. Review or pair instead of editing it yourself. Signal: %4.',
        who,
        view.nudge.percent,
        view.nudge.path,
        signal
      );
    } else {
      delete this.node.dataset.nudge;
      this.node.textContent = this.trans.__('letgo: %1', signal);
      this.node.title = this.trans.__('Your hands-on balance (open the letgo panel)');
    }
  }
}
