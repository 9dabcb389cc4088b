/**
 * A team repository for the handoff, explain and evidence tests, in the shapes real
 * histories have: Mia (the manager) alone maintains a notebook in August; in September
 * Bo, committing as his GitHub noreply address as well as his work address, moves it
 * (a rename) and rewrites it, so he owns it at September's end (a handoff), while Mia
 * starts a notebook of her own (a new hoard). In October: a subject with HTML in it, a
 * late takeover of Ann's file, a pairing commit with CRLF trailers, a bot, and a folder
 * the tests' config marks as generated (`legacy/`).
 */
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { lines, notebook } from './repos.js';

export const MIA: Signature = { name: 'Mia Boss', email: 'mia@corp.io' };
export const ANN: Signature = { name: 'Ann Dev', email: 'ann@corp.io' };
export const BO: Signature = { name: 'Bo Dev', email: 'bo@corp.io' };
export const BO_GH: Signature = { name: 'Bo Dev', email: '4242+bodev@users.noreply.github.com' };
export const BOT: Signature = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };

/** The subject of Mia's first October commit: untrusted text that must stay text. */
export const BOARD_AGAIN = 'board <img src=x onerror=alert(1)> again';

/** A notebook of one cell of `n` distinct lines. */
const nb = (n: number, tag: string) => notebook([Array.from({ length: n }, (_, i) => `${tag}_${i} = ${i}`)]);

/** The commits (window: October 2026, trend from August). */
export function handoffTeam(): CommitSpec[] {
  const c: CommitSpec[] = [];
  let ann = '';
  let bo = '';
  for (const [m, days] of [
    ['08', [4, 12, 20]],
    ['09', [3, 11, 22]],
    ['10', [5, 13, 21]],
  ] as const) {
    for (const d of days) {
      ann += lines(4, `ann${m}${d}`);
      bo += lines(3, `bo${m}${d}`);
      c.push({ author: ANN, date: `2026-${m}-${String(d).padStart(2, '0')}T10:00:00+02:00`, message: `ann work ${d}`, files: { 'src/ann.py': ann } });
      c.push({
        author: d % 2 ? BO_GH : BO,
        date: `2026-${m}-${String(d).padStart(2, '0')}T11:00:00-05:00`,
        message: `bo work ${d}`,
        files: { 'src/bo.py': bo },
      });
    }
  }
  // August: Mia alone maintains the forecast notebook.
  c.push({ author: MIA, date: '2026-08-06T09:00:00+02:00', message: 'forecast', files: { 'notebooks/forecast.ipynb': nb(10, 'f') } });
  c.push({ author: MIA, date: '2026-08-18T09:00:00+02:00', message: 'forecast more', files: { 'notebooks/forecast.ipynb': nb(20, 'f') } });
  // September: Bo (as his GitHub noreply address) moves it and rewrites it; Mia starts a board notebook of her own.
  c.push({ author: BO_GH, date: '2026-09-08T10:00:00-05:00', message: 'move forecast', renames: [['notebooks/forecast.ipynb', 'models/forecast.ipynb']] });
  c.push({ author: BO_GH, date: '2026-09-15T10:00:00-05:00', message: 'rewrite forecast', files: { 'models/forecast.ipynb': nb(70, 'g') } });
  c.push({ author: MIA, date: '2026-09-16T09:00:00+02:00', message: 'board numbers', files: { 'notebooks/board.ipynb': nb(12, 'b') } });
  // October: Mia's own work, a takeover of Ann's file, a late snack, a pairing commit, a bot, the excluded folder.
  c.push({ author: MIA, date: '2026-10-07T09:30:00+02:00', message: BOARD_AGAIN, files: { 'notebooks/board.ipynb': nb(16, 'b') } });
  c.push({ author: MIA, date: '2026-10-08T23:10:00+02:00', message: 'fix ann', files: { 'src/ann.py': ann + 'fix = 1\n' } });
  c.push({ author: MIA, date: '2026-10-09T10:00:00+02:00', message: 'util', files: { 'src/util.py': lines(12, 'u'), 'legacy/old.py': lines(40, 'old') } });
  c.push({
    author: ANN,
    date: '2026-10-14T10:00:00+02:00',
    message: 'pair on util\r\n\r\nCo-authored-by: Mia Boss <mia@corp.io>\r\n',
    files: { 'src/util.py': lines(14, 'u') },
  });
  c.push({ author: BOT, date: '2026-10-15T10:00:00Z', message: 'Bump pandas', files: { 'requirements.txt': 'pandas==2.2\n' } });
  return c;
}
