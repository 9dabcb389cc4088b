/**
 * Notebook-aware churn: compare notebook versions as cells and count the cell-source
 * lines people wrote, not JSON lines (docs/definitions.md "Notebooks are not text").
 * Pure and isomorphic: strings or UTF-8 bytes in, numbers out.
 */
export type { CellCounts, CellType, MatchableCell, NotebookDiff, NotebookParse, ParsedCell, ParsedNotebook } from './types.js';
export { parseNotebook, parseNotebookBytes, isLfsPointer } from './parse.js';
export { CellOutputs } from './outputs.js';
export type { ParseResult } from './parse.js';
export { diffNotebooks, diffParsedNotebooks } from './diff.js';
export { matchCells, hasUniqueIds } from './match.js';
export type { CellMatch, CellPair, MatchVia } from './match.js';
export { sourceLines, countLines, lineChurn, gitLineChurn } from './lines.js';
export type { LineChurn } from './lines.js';
export { createFeaturizer, similarity, sourceSimilarity, SIMILARITY_THRESHOLD } from './similarity.js';
export type { Featurizer, SimilarityFeatures } from './similarity.js';
export { headerRuledOut, jupytextHeader } from './jupytext.js';
export type { JupytextHeader } from './jupytext.js';
export { isJupytextCandidate, jupytextPairedPaths, pairScripts, parseJupytextFormat } from './pairing.js';
export type { JupytextFormat, PairingNotebook, PairingScript, ScriptPairing } from './pairing.js';
