// @vitest-environment jsdom
/**
 * The scan dialog's body (the server's repositories, the manager, the month) and the
 * commands' order in Lumino's real command palette.
 */
import { describe, expect, it } from 'vitest';
import { CommandRegistry } from '@lumino/commands';
import { CommandPalette, Widget } from '@lumino/widgets';
import { COMMAND_LABELS, COMMANDS, PALETTE_CATEGORY } from '../../src/lab/commands.js';
import type { Trans } from '../../src/lab/panel.js';
import { ScanForm, lastFullMonth } from '../../src/lab/scanForm.js';
import { HOSTILE } from '../report/fixtures/build.js';

const trans: Trans = { __: (msg, ...args) => msg.replace(/%(\d+)/g, (_, i) => String(args[Number(i) - 1])) };
const listing = {
  repos: [
    { path: 'team/pdsh', name: 'pdsh', bare: false },
    { path: `team/${HOSTILE.img}`, name: HOSTILE.img, bare: false },
    { path: 'archive.git', name: 'archive.git', bare: true },
  ],
  manager: 'maya@team.example',
  reportFolder: 'letgo-report',
};

describe('ScanForm', () => {
  it('lists every repository checked, as text, and returns the checked ones with the manager and month', () => {
    const form = new ScanForm(trans, listing, 'maya@team.example', new Date('2026-11-03T12:00:00Z'));
    Widget.attach(form, document.body);
    const boxes = [...form.node.querySelectorAll<HTMLInputElement>('.jp-letgo-scan-repo input')];
    expect(boxes.map((b) => [b.value, b.checked])).toEqual(listing.repos.map((r) => [r.path, true]));
    expect(form.node.querySelector('img')).toBeNull();
    expect(form.node.textContent).toContain(HOSTILE.img);
    expect(form.getValue()).toEqual({ paths: listing.repos.map((r) => r.path), manager: 'maya@team.example', month: '2026-10' });
    boxes[1].checked = false;
    form.node.querySelector<HTMLInputElement>('input[name=manager]')!.value = '  Maya Lead ';
    form.node.querySelector<HTMLInputElement>('input[name=month]')!.value = '';
    form.node.querySelector<HTMLInputElement>('input[name=teamDetail]')!.checked = true;
    expect(form.getValue()).toEqual({ paths: ['team/pdsh', 'archive.git'], manager: 'Maya Lead', teamDetail: true });
    form.dispose();
  });

  it('says so when the server root holds no repository', () => {
    const form = new ScanForm(trans, { ...listing, repos: [] }, '', new Date('2026-01-15T00:00:00Z'));
    expect(form.node.textContent).toContain('No git repository under the Jupyter server root');
    expect(form.getValue()).toEqual({ paths: [], month: '2025-12' });
  });

  it('defaults to the last full calendar month in UTC', () => {
    expect(['2026-03-01T00:00:00Z', '2026-03-31T23:59:59Z', '2026-01-01T00:00:00Z'].map((t) => lastFullMonth(new Date(t)))).toEqual([
      '2026-02',
      '2026-02',
      '2025-12',
    ]);
  });
});

describe('the command palette', () => {
  it('offers "Open the letgo panel" first for "letgo", among JupyterLab-like commands', () => {
    const commands = new CommandRegistry();
    const palette = new CommandPalette({ commands });
    const others: [string, string, string][] = [
      ['apputils:reset', 'Reset Application State', 'Main Area'],
      ['git:log', 'Open Git Log (letgo is not git)', 'Git'],
    ];
    for (const [id, label, category] of others) {
      commands.addCommand(id, { label, execute: () => undefined });
      palette.addItem({ command: id, category });
    }
    Object.values(COMMANDS).forEach((id, rank) => {
      commands.addCommand(id, { label: COMMAND_LABELS[id], execute: () => undefined });
      palette.addItem({ command: id, category: PALETTE_CATEGORY, rank });
    });
    Widget.attach(palette, document.body);
    palette.inputNode.value = 'letgo';
    palette.refresh();
    palette.update();
    // Lumino renders on the update request; flush it synchronously.
    palette.processMessage(Widget.Msg.UpdateRequest);
    const labels = [...palette.contentNode.querySelectorAll('.lm-CommandPalette-itemLabel')].map((n) => n.textContent);
    expect(labels[0]).toBe('Open the letgo panel');
    expect(labels).toEqual(expect.arrayContaining(Object.values(COMMAND_LABELS)));
    palette.dispose();
  });
});
