/**
 * Section titles and the sentences shown when a section has nothing to show, shared by
 * the Markdown and HTML renderers (design.md: empty sections say so briefly rather
 * than vanish).
 */

/** Titles of sections 2-9 (section 1 is the headline itself). */
export const SECTION_TITLES = {
  trend: 'Trend',
  delegation: 'Delegation',
  onlyYou: 'Notebooks only you maintain',
  takeovers: 'Whose work you stepped into',
  habits: 'Habits',
  repos: 'Per repository',
  quality: 'Data quality',
  questions: 'Questions for your reflection',
} as const;

/** What an empty section says. */
export const emptyText = {
  trend: 'No trend yet: the report holds no month before this one.',
  plan: 'No delegation plan in the config. Add one, for example "delegate": [{"tier": "tactical", "since": "2026-09-01", "weeks": 8}], and the next report tracks it.',
  onlyYou: 'None. Every notebook you changed recently also has another maintainer on the team.',
  takeovers: 'None. You did not change a file that a teammate owned in this period.',
  repos: 'No repository was scanned.',
} as const;
