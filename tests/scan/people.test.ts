/**
 * People on real repositories the tests build: co-authors in every form GitHub credits
 * (squash merges with `---------`,
 * CRLF messages written by `git commit -F`, any case, mixed paragraphs), AI assistants
 * that are never people, a documentation builder under a human name beside people with
 * terse messages, two "Ben"s, names that differ only by spacing and punctuation, and a
 * manager named by a handle.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { ExitCode, LetgoError } from '../../src/core/errors.js';
import type { Report } from '../../src/core/report.js';
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { validateReport } from '../../src/core/reportValidation.js';
import { renderMarkdown, renderTable } from '../../src/report/index.js';
import { buildReviewModel } from '../../src/report/model.js';
import { closingTrailers } from '../../src/scan/logParser.js';
import type { ScanResult } from '../../src/scan/index.js';
import { git } from '../cli/cliHelpers.js';
import { lines, makeRepo, notebook, scanMonth, tempDir } from '../helpers/repos.js';

const MIA: Signature = { name: 'Mia Boss', email: 'mia@corp.io' };
const ANN: Signature = { name: 'Ann Dev', email: 'ann@corp.io' };
const BO: Signature = { name: 'Bo Dev', email: 'bo@corp.io' };

/** October 2026 at day `d`, 10:00 UTC. */
const oct = (d: number, hour = 10): string => `2026-10-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+00:00`;

/** A hands-on commit of `who` on day `d`: `n` new lines in the person's own file. */
function work(who: Signature, d: number, message: string, n = 3, file = `src/${who.email.split('@')[0].replace(/\W/g, '_')}_${d}.py`): CommitSpec {
  return { author: who, date: oct(d), message, files: { [file]: lines(n, `l${d}`) } };
}

const byDate = (c: CommitSpec[]): CommitSpec[] => [...c].sort((x, y) => Date.parse(x.date) - Date.parse(y.date));

/** The `Co-authored-by:` values of a message's closing trailers, as the scan credits them. */
const coAuthorLines = (message: string): string[] =>
  closingTrailers(message)
    .filter((t) => t.key === 'Co-authored-by')
    .map((t) => t.value);

describe('Co-authored-by lines as GitHub credits them', () => {
  it('reads the closing trailer paragraphs: plain, squash with ---------, CRLF, any case, mixed with text; not lines in the middle', () => {
    const squash =
      'Add the churn model (#41)\n\n* first cut\n\n* review fixes\n\nCo-authored-by: Mid Dle <mid@corp.io>\n\n---------\n\nCo-authored-by: Ann Dev <ann@corp.io>\nCo-authored-by: Bo Dev <bo@corp.io>\n';
    expect(coAuthorLines(squash)).toEqual(['Ann Dev <ann@corp.io>', 'Bo Dev <bo@corp.io>']);
    expect(coAuthorLines('Fix\r\n\r\nBody\r\n\r\nCo-authored-by: Ann Dev <ann@corp.io>\r\nCO-AUTHORED-BY:Bo Dev <bo@corp.io>\r\n')).toEqual([
      'Ann Dev <ann@corp.io>',
      'Bo Dev <bo@corp.io>',
    ]);
    // A separator line right above the lines, no blank line between (git's trailer parser gives none here).
    expect(coAuthorLines('Squash (#7)\n\n* one\n---------\nco-authored-by: Ann Dev <ann@corp.io>')).toEqual(['Ann Dev <ann@corp.io>']);
    // Trailer paragraphs after it are still "the end": Signed-off-by below the co-authors.
    expect(coAuthorLines('T\n\nCo-authored-by: Ann Dev <ann@corp.io>\n\nSigned-off-by: Mia Boss <mia@corp.io>\n')).toEqual(['Ann Dev <ann@corp.io>']);
    // In the middle of the message, followed by prose: not credited. Without an email: not a co-author.
    expect(coAuthorLines('T\n\nCo-authored-by: Ann Dev <ann@corp.io>\n\nThen more text.\n')).toEqual([]);
    expect(coAuthorLines('T\n\nCo-authored-by: Ann Dev\n')).toEqual([]);
    expect(coAuthorLines('T\n\nCo-authored-by: Ann Dev <ann@corp.io>\nCo-authored-by: Ann Dev <ann@corp.io>\n')).toEqual(['Ann Dev <ann@corp.io>']);
    // A hostile message: 200,000 co-author lines and a 1 MB line of '<' parse in bounded time, without a stack overflow.
    const many = `T\n\n${Array.from({ length: 200_000 }, (_, i) => `Co-authored-by: P${i} <p${i}@x.io>`).join('\n')}\nCo-authored-by: ${'<'.repeat(1_000_000)}\n`;
    const t0 = Date.now();
    expect(coAuthorLines(many)).toHaveLength(200_000);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  let result: ScanResult;
  let report: Report;
  beforeAll(async () => {
    const dir = await makeRepo(
      byDate([
        work(MIA, 1, 'init'),
        work(ANN, 2, 'a'),
        work(BO, 3, 'b'),
        work(
          MIA,
          5,
          'Add the churn model (#41)\n\n* first cut\n\n* review fixes\n\n---------\n\nCo-authored-by: Ann Dev <ann@corp.io>\nCo-authored-by: Bo Dev <bo@corp.io>\n',
          6
        ),
        work(ANN, 6, 'Tune\r\n\r\nTried three settings.\r\n\r\nco-authored-by: Bo Dev <bo@corp.io>\r\n', 4),
        work(BO, 12, 'Squash (#7)\n\n* one\n---------\nCo-Authored-By: Mia Boss <mia@corp.io>\n', 2),
        work(ANN, 13, 'a'),
        work(BO, 14, 'b'),
      ]),
      'coauthors'
    );
    // A CRLF message written the way a Windows tool does: `git commit -F` of a CRLF file, CRs kept.
    const msg = path.join(tempDir(), 'msg.txt');
    writeFileSync(msg, 'Plot the funnel\r\n\r\nCo-authored-by: Mia Boss <mia@corp.io>\r\nCo-authored-by: Bo Dev <bo@corp.io>\r\n');
    writeFileSync(path.join(dir, 'src', 'funnel.py'), lines(8, 'funnel'));
    git(dir, ['add', '--', 'src/funnel.py']);
    const env = ['-c', `user.name=${ANN.name}`, '-c', `user.email=${ANN.email}`];
    process.env.GIT_AUTHOR_DATE = oct(20);
    process.env.GIT_COMMITTER_DATE = oct(20);
    try {
      git(dir, [...env, 'commit', '-q', '--cleanup=verbatim', '-F', msg]);
    } finally {
      delete process.env.GIT_AUTHOR_DATE;
      delete process.env.GIT_COMMITTER_DATE;
    }
    expect(git(dir, ['log', '-1', '--format=%B'])).toContain('\r\n');
    ({ report, scan: result } = await scanMonth([dir], '2026-10', [MIA.email]));
  }, 60_000);

  const coOf = (day: number) => result.facts.find((f) => f.time === oct(day))?.coAuthors;

  it('credits every form on the facts', () => {
    expect(coOf(5)).toEqual([ANN, BO]);
    expect(coOf(6)).toEqual([BO]);
    expect(coOf(12)).toEqual([MIA]);
    expect(coOf(20)).toEqual([MIA, BO]);
    expect(result.facts.find((f) => f.path === 'src/funnel.py')?.subject).toBe('Plot the funnel');
  });

  it('counts each co-authored commit for every co-author, with the churn split evenly', () => {
    const byId = Object.fromEntries((report.team.members ?? []).map((m) => [m.id, m]));
    // Ann: days 2, 5 (co), 6, 13, 20 = 5; churn 3 + 6/3 + 4/2 + 3 + 8/3.
    expect(byId['ann@corp.io']).toMatchObject({ commits: 5, handsOnCommits: 5 });
    expect(byId['ann@corp.io'].churn).toBeCloseTo(3 + 2 + 2 + 3 + 8 / 3, 2);
    // Bo: 3, 5, 6, 12, 14, 20 = 6. Mia: 1, 5, 12, 20 = 4.
    expect(byId['bo@corp.io']).toMatchObject({ commits: 6 });
    expect(byId['mia@corp.io']).toMatchObject({ commits: 4 });
    expect(report.handsOn.managerCommits).toBe(4);
    expect(report.handsOn.teamCommits).toBe(9);
  });
});

describe('AI coding assistants are never people', () => {
  const CLAUDE: Signature = { name: 'Claude', email: 'noreply@anthropic.com' };
  const COPILOT: Signature = { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' };
  let report: Report;
  beforeAll(async () => {
    const c: CommitSpec[] = [];
    // Mia: 6 commits, 4 with Claude as co-author (in every week, so Claude would be a "regular").
    for (const d of [1, 8, 15, 22]) c.push(work(MIA, d, `Explore\n\n🤖 Generated with Claude Code\n\nCo-authored-by: Claude <noreply@anthropic.com>\n`));
    c.push(work(MIA, 9, 'cleanup'), work(MIA, 16, 'cleanup 2'));
    for (const d of [2, 9, 16, 23]) c.push(work(ANN, d, `analysis ${d}`));
    for (const d of [3, 10, 17, 24]) c.push(work(BO, d, `pipeline ${d}`));
    // Copilot's coding agent authored a commit with Ann as co-author; another alone.
    c.push(work(COPILOT, 26, 'Fix flaky test\n\nCo-authored-by: Ann Dev <ann@corp.io>'));
    c.push(work(COPILOT, 27, 'Initial plan'));
    // aider commits under its user's name with "(aider)".
    c.push(work({ name: 'Bo Dev (aider)', email: BO.email }, 28, 'feat: add retry'));
    c.push(work(CLAUDE, 29, 'Claude alone'));
    ({ report } = await scanMonth([await makeRepo(byDate(c), 'assisted')], '2026-10', [MIA.email]));
  }, 60_000);

  it('keeps them out of the team and out of identity merges', () => {
    const ids = (report.team.members ?? []).map((m) => m.id).sort();
    expect(ids).toEqual(['ann@corp.io', 'bo@corp.io', 'mia@corp.io']);
    expect(report.identities.merged).toEqual([]);
    expect(JSON.stringify(report.team)).not.toMatch(/anthropic|copilot|aider/i);
  });

  it('counts AI-assisted commits for the manager and the team, and names the assistants', () => {
    expect(report.aiAssisted).toEqual({ managerCommits: 4, teamCommits: 6, withoutPerson: 2, assistants: ['Claude', 'Copilot', 'aider'] });
    const habit = buildReviewModel(report).habits.find((h) => h.key === 'aiAssisted');
    expect(habit).toMatchObject({
      value: '4',
      detail:
        '4 commits of yours and 6 commits of the team’s (yours included) name an AI coding assistant as author or co-author (Claude, Copilot, aider); 2 commits by an assistant alone count for nobody.',
    });
    expect(renderTable(report, { color: false })).toMatch(/\nAI-assisted {8}4 of the team’s 6 AI-assisted commits are yours\n/);
    expect(validateReport(JSON.parse(JSON.stringify(report)), 'report.json')).toEqual(report);
    // The assisted commits are the people's own: Ann is credited with Copilot's fix, Bo with aider's.
    const byId = Object.fromEntries((report.team.members ?? []).map((m) => [m.id, m]));
    expect(byId['ann@corp.io'].commits).toBe(5);
    expect(byId['bo@corp.io'].commits).toBe(5);
    expect(byId['mia@corp.io']).toMatchObject({ commits: 6, churn: 18 });
    // The two commits without a person are nobody's: neither team nor outside.
    expect(report.excluded.outsideTeam).toEqual({ commits: 0, authors: 0 });
  });

  it('lets the config name more assistants, and keep a person a default pattern catches', async () => {
    const dir = await makeRepo(
      byDate([
        ...[1, 8, 15].map((d) => work({ name: 'Claude', email: 'claude.martin@corp.io' }, d, `c ${d}`)),
        ...[2, 9, 16].map((d) => work(ANN, d, `a ${d}\n\nCo-authored-by: Helper <helper@ai.example>`)),
        ...[3, 10, 17, 18].map((d) => work(MIA, d, `m ${d}`)),
      ]),
      'configured'
    );
    const config: Config = { ...defaultConfig(), aiAssistants: ['*@ai.example'], humans: ['claude.martin@corp.io'] };
    const { report: r } = await scanMonth([dir], '2026-10', [MIA.email], { config });
    expect((r.team.members ?? []).map((m) => m.id).sort()).toEqual(['ann@corp.io', 'claude.martin@corp.io', 'mia@corp.io']);
    expect(r.aiAssisted).toMatchObject({ teamCommits: 3, assistants: ['Helper'] });
    // Without that config, "Helper" is a person (a regular co-author) and Claude Martin is taken for Claude.
    const { report: plain } = await scanMonth([dir], '2026-10', [MIA.email]);
    expect((plain.team.members ?? []).map((m) => m.id).sort()).toEqual(['ann@corp.io', 'helper@ai.example', 'mia@corp.io']);
  });
});

describe('automation under a human-looking name', () => {
  const BUILDER: Signature = { name: 'Hugging Face Doc Builder', email: 'docs@huggingface.co' };
  const STICKLER: Signature = { name: 'Stickler Bot', email: 'noreply@stickler-ci.com' };
  let dir: string;
  let report: Report;
  beforeAll(async () => {
    const c: CommitSpec[] = [];
    // 30 templated commits, each regenerating notebooks: the team's top hands-on "member" without the rule.
    for (let i = 0; i < 30; i++) {
      const d = 1 + (i % 28);
      const sha = (0x3f2a1b9c + i * 7919).toString(16);
      c.push({
        author: BUILDER,
        date: `2026-${i < 15 ? '09' : '10'}-${String(d).padStart(2, '0')}T0${i % 9}:30:00+00:00`,
        message: `Updated notebooks from transformers docs at ${sha} (v4.${40 + i}.0, ${i < 15 ? '2026-09' : '2026-10'}-${String(d).padStart(2, '0')})`,
        files: { [`transformers_doc/en/page_${i % 5}.ipynb`]: notebook([[`# generated ${i}`, ...Array.from({ length: 40 }, (_, k) => `x${k} = ${i}`)]]) },
      });
    }
    // People with terse messages: 24 commits each, few words, but varied.
    const terse = ['fix', 'wip', 'update notebook', 'fix', 'wip', 'typo', 'update notebook', 'fix plot', 'wip', 'more'];
    for (let i = 0; i < 24; i++) {
      const month = i < 12 ? '09' : '10';
      const d = 1 + ((i * 2) % 27);
      c.push({
        author: ANN,
        date: `2026-${month}-${String(d).padStart(2, '0')}T11:00:00+00:00`,
        message: terse[i % terse.length],
        files: { [`notebooks/ann_${i % 3}.ipynb`]: notebook([[`a = ${i}`]]) },
      });
      c.push({
        author: BO,
        date: `2026-${month}-${String(d).padStart(2, '0')}T12:00:00+00:00`,
        message: terse[(i + 3) % terse.length],
        files: { [`src/bo_${i % 4}.py`]: lines(2 + (i % 3), `b${i}`) },
      });
    }
    for (const d of [5, 12, 19]) c.push(work(MIA, d, `review fixes ${d}`));
    c.push(work(STICKLER, 7, 'Fixing style errors.'));
    dir = await makeRepo(byDate(c), 'docs');
    ({ report } = await scanMonth([dir], '2026-10', [MIA.email]));
  }, 90_000);

  it('excludes the builder and lists it with the template and its share; no person is dropped', () => {
    expect((report.team.members ?? []).map((m) => m.id).sort()).toEqual(['ann@corp.io', 'bo@corp.io', 'mia@corp.io']);
    expect(report.excluded.automation).toEqual({
      commits: 15,
      identities: [
        {
          name: BUILDER.name,
          email: BUILDER.email,
          rule: 'template',
          commits: 30,
          matching: 30,
          share: 1,
          template: 'updated notebooks from transformers docs at <hash> (<version>, <date>)',
        },
      ],
    });
    expect(report.excluded.bots).toEqual({ commits: 1, names: ['Stickler Bot'] });
    expect(report.notebooks.team.changes).toBe(12);
    // The data-quality section names it with its evidence, in every format.
    const line =
      'Hugging Face Doc Builder <docs@huggingface.co>: 30 of 30 commits (100%) have the message "updated notebooks from transformers docs at <hash> (<version>, <date>)"';
    expect(buildReviewModel(report).quality.find((q) => q.label === 'Likely automation')).toEqual({
      label: 'Likely automation',
      text: '1 author looks like automation under a person’s name and was left out like bots (15 commits in this period). To count one as a person, add its email to "humans" in the config.',
      values: [line],
      more: 0,
    });
    expect(renderMarkdown(report).markdown).toContain('**Likely automation**');
    expect(validateReport(JSON.parse(JSON.stringify(report)), 'report.json')).toEqual(report);
    expect(renderTable(report, { color: false })).toContain('1 likely automation account left out');
  });

  it('keeps it as a person when the config says so', async () => {
    const config: Config = { ...defaultConfig(), humans: [BUILDER.email] };
    const { report: kept } = await scanMonth([dir], '2026-10', [MIA.email], { config });
    expect(kept.excluded.automation).toEqual({ commits: 0, identities: [] });
    expect((kept.team.members ?? []).map((m) => m.id)).toContain(BUILDER.email);
  });

  it('flags an identity whose commits each rewrite many files, whatever its messages', async () => {
    const c: CommitSpec[] = [];
    for (let i = 0; i < 22; i++) {
      const files: Record<string, string> = {};
      for (let k = 0; k < 12; k++) files[`site/page_${k}.py`] = lines(3, `p${i}_${k}`);
      c.push({
        author: { name: 'Rita Release', email: 'release@corp.io' },
        date: `2026-10-${String(1 + i).padStart(2, '0')}T09:00:00+00:00`,
        message: ['Release', 'Publish site', 'Sync', 'Regenerate'][i % 4],
        files,
      });
    }
    for (const d of [2, 9, 16, 23]) c.push(work(MIA, d, `m ${d}`), work(ANN, d, `a ${d}`));
    const { report: r } = await scanMonth([await makeRepo(byDate(c), 'bulk')], '2026-10', [MIA.email]);
    expect(r.excluded.automation?.identities).toEqual([
      { name: 'Rita Release', email: 'release@corp.io', rule: 'files', commits: 22, matching: 22, share: 1, template: '' },
    ]);
  });
});

describe('names: one word never merges on its own; spacing and punctuation do not split', () => {
  it("keeps two Bens apart, merges NielsRogge with Niels Rogge and drewokane with Drew O'Kane", async () => {
    const BEN1: Signature = { name: 'Ben', email: '1001+benk@users.noreply.github.com' };
    const BEN2: Signature = { name: 'Ben', email: '2002+bent@users.noreply.github.com' };
    const c: CommitSpec[] = [];
    for (const d of [1, 8, 15]) c.push(work(BEN1, d, 'b1'), work(BEN2, d + 1, 'b2'), work(MIA, d + 2, 'm'));
    c.push(work({ name: 'NielsRogge', email: '48327001+NielsRogge@users.noreply.github.com' }, 20, 'n'));
    c.push(work({ name: 'Niels Rogge', email: 'niels@hf.co' }, 27, 'n'));
    c.push(work({ name: "Drew O'Kane", email: 'drew@corp.io' }, 21, 'd'));
    c.push(work({ name: 'drewokane', email: 'drewokane@gmail.com' }, 28, 'd'));
    const { report } = await scanMonth([await makeRepo(byDate(c), 'names')], '2026-10', [MIA.email]);
    const members = report.team.members ?? [];
    expect(members.filter((m) => m.name === 'Ben').map((m) => m.emails)).toEqual([[BEN1.email], [BEN2.email]]);
    expect(report.identities.merged).toEqual([
      {
        id: '48327001+nielsrogge@users.noreply.github.com',
        names: ['Niels Rogge', 'NielsRogge'],
        emails: ['48327001+nielsrogge@users.noreply.github.com', 'niels@hf.co'],
      },
      { id: 'drew@corp.io', names: ["Drew O'Kane", 'drewokane'], emails: ['drew@corp.io', 'drewokane@gmail.com'] },
    ]);
  });
});

describe('the manager by a handle', () => {
  let dir: string;
  beforeAll(async () => {
    const c: CommitSpec[] = [];
    for (const d of [1, 8, 15]) {
      c.push(work({ name: 'Jake VanderPlas', email: 'jakevdp@gmail.com' }, d, 'j'));
      c.push(work({ name: 'vfdev', email: 'vfdev.5@gmail.com' }, d + 1, 'v'));
      c.push(work({ name: 'Sam One', email: 'sam@corp.io' }, d + 2, 's'));
      c.push(work({ name: 'Sam Two', email: '77+sam@users.noreply.github.com' }, d + 3, 's'));
      c.push(work({ name: 'Octo Cat', email: '583231+octocat@users.noreply.github.com' }, d + 4, 'o'));
    }
    dir = await makeRepo(byDate(c), 'handles');
  }, 60_000);

  it('matches an email local part or a GitHub login when one person has it', async () => {
    expect((await scanMonth([dir], '2026-10', ['jakevdp'])).report.manager.id).toBe('jakevdp@gmail.com');
    expect((await scanMonth([dir], '2026-10', ['octocat'])).report.manager.id).toBe('583231+octocat@users.noreply.github.com');
  });

  it('takes roster entries by handle too, and warns about one that names several people', async () => {
    const config: Config = { ...defaultConfig(), team: ['jakevdp', 'sam', 'nobody'] };
    const { report } = await scanMonth([dir], '2026-10', ['octocat'], { config });
    expect((report.team.members ?? []).map((m) => m.id).sort()).toEqual(['583231+octocat@users.noreply.github.com', 'jakevdp@gmail.com']);
    expect(report.warnings).toEqual([
      'Roster entry "sam" matches 2 authors in the scanned history: use the email of one of them.',
      'Roster entry "nobody" matches no author in the scanned history.',
    ]);
  });

  it('lists the candidates when several people have it, and ranks a full local-part match first', async () => {
    const fail = async (q: string): Promise<LetgoError> => {
      try {
        await scanMonth([dir], '2026-10', [q]);
      } catch (e) {
        return e as LetgoError;
      }
      throw new Error(`${q} matched`);
    };
    const both = await fail('sam');
    expect(both.code).toBe(ExitCode.UnknownManager);
    expect(both.message).toBe(
      'manager "sam" matches 2 authors: Sam Two <77+sam@users.noreply.github.com>, Sam One <sam@corp.io>; pass --manager with the email of one of them'
    );
    const near = await fail('jakevdp@company.example');
    expect(near.code).toBe(ExitCode.UnknownManager);
    expect(near.message).toContain('closest: Jake VanderPlas <jakevdp@gmail.com>, ');
  });
});
