/**
 * The plot images of the demo notebooks: real PNGs (encoded by pngjs) of the size
 * matplotlib's default figure has (640x480 pixels), drawn the way its default style looks
 * (axes spines and ticks, data in the first colour of its cycle), so the demo renders in
 * JupyterLab as a real team's notebooks do. Each kind is drawn once per process and reused.
 */
import { PNG } from 'pngjs';

/** The kinds of plot the demo's cells make: `plt.plot`, `plt.hist`, `plt.bar`. */
export type PlotKind = 'line' | 'hist' | 'bar';

/** Width and height in pixels (matplotlib's default figure, 6.4 x 4.8 inches at 100 dpi). */
const PLOT_SIZE = { width: 640, height: 480 } as const;

/** What Jupyter shows as the text/plain form of such a figure. */
export const PLOT_TEXT = `<Figure size ${PLOT_SIZE.width}x${PLOT_SIZE.height} with 1 Axes>`;

type Rgb = readonly [number, number, number];
const BLUE: Rgb = [0x1f, 0x77, 0xb4]; // matplotlib's "C0"
const BLACK: Rgb = [0, 0, 0];
/** The axes' box: matplotlib's default subplot margins (0.125, 0.11, 0.9, 0.88 of the figure). */
const AXES = { left: 80, top: 58, right: 576, bottom: 427 } as const;

const cache = new Map<PlotKind, string>();

/** The base64 PNG (as in a notebook's `image/png` output) of a plot of `kind`, drawn on first use. */
export function plotPng(kind: PlotKind): string {
  let png = cache.get(kind);
  if (png === undefined) {
    png = draw(kind).toString('base64');
    cache.set(kind, png);
  }
  return png;
}

/** Which plot a cell's source makes, by its matplotlib call; undefined when it plots nothing. */
export function plotKindOf(source: readonly string[]): PlotKind | undefined {
  const text = source.join('\n');
  if (text.includes('plt.hist(')) return 'hist';
  if (text.includes('plt.bar(')) return 'bar';
  if (text.includes('plt.plot(')) return 'line';
  return undefined;
}

function draw(kind: PlotKind): Buffer {
  const { width, height } = PLOT_SIZE;
  const png = new PNG({ width, height });
  png.data.fill(0xff); // white, opaque
  const set = (x: number, y: number, [r, g, b]: Rgb): void => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (Math.round(y) * width + Math.round(x)) * 4;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
  };
  const rect = (x0: number, y0: number, x1: number, y1: number, c: Rgb): void => {
    for (let y = Math.round(y0); y <= Math.round(y1); y++) for (let x = Math.round(x0); x <= Math.round(x1); x++) set(x, y, c);
  };
  const line = (x0: number, y0: number, x1: number, y1: number, c: Rgb, w = 2): void => {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    for (let s = 0; s <= steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      rect(x - w / 2, y - w / 2, x + w / 2, y + w / 2, c);
    }
  };
  const { left, top, right, bottom } = AXES;
  // Data: values in [0, 1] across the axes' width.
  const plotY = (v: number): number => bottom - 8 - v * (bottom - top - 24);
  if (kind === 'line') {
    let prev: [number, number] | undefined;
    for (let i = 0; i <= 60; i++) {
      const x = left + 10 + ((right - left - 20) * i) / 60;
      const y = plotY(0.5 + 0.3 * Math.sin(i / 6) + 0.15 * Math.sin(i / 2.3));
      if (prev) line(prev[0], prev[1], x, y, BLUE);
      prev = [x, y];
    }
  } else {
    const n = kind === 'hist' ? 10 : 6;
    const slot = (right - left - 20) / n;
    for (let i = 0; i < n; i++) {
      const v = kind === 'hist' ? Math.exp(-(((i - 4.2) / 2.2) ** 2)) : 0.9 - i * 0.13;
      const x0 = left + 10 + i * slot + (kind === 'hist' ? 0 : slot * 0.1);
      rect(x0, plotY(v), x0 + slot * (kind === 'hist' ? 1 : 0.8) - 1, bottom - 1, BLUE);
    }
  }
  // Spines and ticks, drawn last as matplotlib does.
  line(left, top, right, top, BLACK, 1);
  line(left, bottom, right, bottom, BLACK, 1);
  line(left, top, left, bottom, BLACK, 1);
  line(right, top, right, bottom, BLACK, 1);
  for (let i = 0; i <= 5; i++) {
    const x = left + ((right - left) * i) / 5;
    const y = bottom - ((bottom - top) * i) / 5;
    line(x, bottom, x, bottom + 4, BLACK, 1);
    line(left - 4, y, left, y, BLACK, 1);
  }
  return PNG.sync.write(png, { colorType: 2 });
}
