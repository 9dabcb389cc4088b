/**
 * Test setup: what jsdom lacks, stubbed the way a browser without the feature behaves.
 * - `DragEvent`, which @lumino/dragdrop (imported by @lumino/widgets) subclasses when it
 *   loads. Only the class must exist; no test drags.
 * - `HTMLCanvasElement.getContext`: jsdom logs "Not implemented" (it needs the native
 *   `canvas` package). A browser that cannot make a context returns null, which the
 *   callers (vega's text measurement) handle by estimating; so does this stub.
 */
if (typeof window !== 'undefined' && typeof globalThis.DragEvent === 'undefined') {
  class DragEvent extends MouseEvent {}
  Object.assign(globalThis, { DragEvent });
}
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, writable: true, value: () => null });
}
