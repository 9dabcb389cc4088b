/** Message templates and the likely-automation rule (src/core/automation.ts) on real-shaped messages. */
import { describe, expect, it } from 'vitest';
import { automationOf, messageTemplate, type IdentityActivity } from '../../src/core/automation.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/config.js';

function activity(messages: string[], bulkCommits = 0): IdentityActivity {
  return { commits: messages.length, subjects: messages, bulkCommits };
}

describe('messageTemplate', () => {
  it('masks numbers, dates, versions, hashes, paths and URLs', () => {
    expect(messageTemplate('Build docs for 3f2a1b9c on 2024-01-03')).toBe('build docs for <hash> on <date>');
    expect(messageTemplate('Bump pandas from 2.2.2 to 2.2.3 in /requirements')).toBe('bump pandas from <version> to <version> in <path>');
    expect(messageTemplate('Update README.md')).toBe('update <path>');
    expect(messageTemplate('Release v1.12.0-rc.1 (#4521), see https://example.com/x')).toBe('release <version> (#<n>), see <url>');
    expect(messageTemplate('Deploy 2026-10-03T22:15:00+02:00')).toBe('deploy <date>');
    // Words made of hex letters are words, not hashes.
    expect(messageTemplate('defaced effaced')).toBe('defaced effaced');
  });

  it('reads a bounded prefix of a hostile subject in bounded time', () => {
    const t0 = Date.now();
    const t = messageTemplate('/'.repeat(1_000_000) + ' x'.repeat(500_000));
    expect(t.length).toBeLessThanOrEqual(200);
    expect(Date.now() - t0).toBeLessThan(200);
  });
});

describe('automationOf', () => {
  it('flags a templated builder, not people with terse or habitual messages', () => {
    const builder = Array.from({ length: 30 }, (_, i) => `Updated notebooks from transformers docs at ${(0xabc1230 + i).toString(16)}`);
    expect(automationOf(activity(builder), DEFAULT_THRESHOLDS)).toMatchObject({ rule: 'template', commits: 30, matching: 30, share: 1 });
    const terse = Array.from({ length: 40 }, (_, i) => ['fix', 'wip', 'update notebook', 'fix', 'typo'][i % 5]);
    expect(automationOf(activity(terse), DEFAULT_THRESHOLDS)).toBeUndefined();
    // The same short message every time (a habit, or GitHub's web editor) is a person's.
    expect(automationOf(activity(Array(30).fill('update notebook')), DEFAULT_THRESHOLDS)).toBeUndefined();
    expect(automationOf(activity(Array.from({ length: 30 }, (_, i) => `Update notebooks/n${i}.ipynb`)), DEFAULT_THRESHOLDS)).toBeUndefined();
    // Below 20 commits nothing is judged; 89% of one template is not "nearly all".
    expect(automationOf(activity(builder.slice(0, 19)), DEFAULT_THRESHOLDS)).toBeUndefined();
    expect(automationOf(activity([...builder.slice(0, 24), 'a', 'b', 'c']), DEFAULT_THRESHOLDS)).toBeUndefined();
    // Exactly 90%, the odd ones first: the count must not stop early.
    expect(automationOf(activity(['x y z', 'p q r', 'u v w', ...builder.slice(0, 27)]), DEFAULT_THRESHOLDS)).toMatchObject({
      rule: 'template',
      matching: 27,
      share: 0.9,
    });
  });

  it('flags an identity whose commits nearly all rewrite many files', () => {
    const varied = Array.from({ length: 25 }, (_, i) => `release ${['alpha', 'beta', 'gamma', 'delta', 'omega'][i % 5]}`);
    expect(automationOf(activity(varied, 24), DEFAULT_THRESHOLDS)).toMatchObject({ rule: 'files', commits: 25, matching: 24, share: 0.96 });
    expect(automationOf(activity(varied, 20), DEFAULT_THRESHOLDS)).toBeUndefined();
  });
});
