/**
 * classify.ts's explain names the rule behind each kind and tier, and agrees with kind()
 * and tier() on every path (the same rules in the same order).
 */
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/core/classify.js';
import { defaultConfig } from '../../src/core/config.js';
import { describeRule } from '../../src/core/explain.js';

const config = {
  ...defaultConfig(),
  kinds: { generated: ['legacy/**', 'build-out/**'], docs: ['notes/**'] },
  tiers: [
    { tier: 'strategic' as const, message: '^arch:' },
    { tier: 'implementation' as const, paths: ['experiments/**/*.py'] },
  ],
};
const classifier = createClassifier(config);

describe('Classifier.explain', () => {
  it.each([
    ['legacy/etl/run.py', 'fix', 'generated', 'config kinds.generated glob "legacy/**"', 'tactical', 'no tier rule matched: tactical'],
    ['build-out/x.js', 'fix', 'generated', 'config kinds.generated glob "build-out/**"', 'tactical', 'no tier rule matched: tactical'],
    ['notes/a.ipynb', 'fix', 'docs', 'config kinds.docs glob "notes/**"', 'tactical', 'no tier rule matched: tactical'],
    ['nb/eda.ipynb', 'arch: split the pipeline', 'notebook', 'default kinds.notebook glob "**/*.ipynb"', 'strategic', 'config tiers[0] message "^arch:"'],
    ['experiments/a/b.py', 'tune', 'code', 'default kinds.code glob', 'implementation', 'config tiers[1] glob "experiments/**/*.py"'],
    [
      'docs/adr/0001-db.md',
      'adr',
      'docs',
      'default kinds.docs glob',
      'strategic',
      'default tiers (strategic) glob "**/{adr,adrs,ADR,decisions,architecture}/**"',
    ],
    [
      '.github/workflows/ci.yml',
      'ci',
      'config',
      'default kinds.config glob "**/.*/**"',
      'strategic',
      'default tiers (strategic) glob "**/.github/workflows/**"',
    ],
    ['Procfile2', 'x', 'code', 'no kind glob matched: code', 'tactical', 'no tier rule matched: tactical'],
  ])('%s (%s)', (path, subject, kind, kindRule, tier, tierRule) => {
    const c = classifier.explain(path, subject);
    expect([c.kind, c.tier]).toEqual([classifier.kind(path), classifier.tier(path, subject)]);
    expect([c.kind, c.tier]).toEqual([kind, tier]);
    expect(describeRule(c.kindRule, 'kind', c.kind).startsWith(kindRule)).toBe(true);
    expect(describeRule(c.tierRule, 'tier', c.tier)).toBe(tierRule);
  });
});
