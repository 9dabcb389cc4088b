/**
 * Test setup: jsdom lacks `DragEvent`, which @lumino/dragdrop (imported by
 * @lumino/widgets) subclasses when it loads. Only the class must exist; no test drags.
 */
if (typeof window !== 'undefined' && typeof globalThis.DragEvent === 'undefined') {
  class DragEvent extends MouseEvent {}
  Object.assign(globalThis, { DragEvent });
}
