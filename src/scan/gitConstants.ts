/** Values of git's that more than one scan module must agree on. */

/** The mode of a gitlink (a submodule pointer) in raw diff entries: its "blob" is a commit of another repository. */
export const GITLINK = '160000';

/**
 * The scan's rename limit (`git log -l`), git's default `diff.renameLimit`: walkRung
 * (missingBlobs.ts) tells from it whether git pairs inexact renames at all, so it must be
 * the one the walks pass (logParser.ts PINNED).
 */
export const RENAME_LIMIT = 1000;
