/**
 * The letgo commands: ids and palette labels, in palette order. Only the panel's label
 * names letgo early: the palette ranks label matches by where the query starts in the
 * label, so typing "letgo" offers *Open the letgo panel* first (a test checks, with
 * Lumino's own palette).
 */

/** Command ids. */
export const COMMANDS = {
  openPanel: 'letgo:open-panel',
  scan: 'letgo:scan',
  refresh: 'letgo:refresh',
  clearActivity: 'letgo:clear-activity',
} as const;

/** One of {@link COMMANDS}. */
export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Each command's label (the message id given to the translator). */
export const COMMAND_LABELS: Record<CommandId, string> = {
  [COMMANDS.openPanel]: 'Open the letgo panel',
  [COMMANDS.scan]: 'Scan team repositories with letgo…',
  [COMMANDS.refresh]: 'Reload the report in the letgo panel',
  [COMMANDS.clearActivity]: 'Clear the notebook activity letgo tracked…',
};

/** The palette's category for every letgo command. */
export const PALETTE_CATEGORY = 'letgo';
