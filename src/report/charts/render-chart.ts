/**
 * Charts as static SVG: Observable Plot (Bostock et al., the grammar-of-graphics successor of D3's
 * charts) rendered on a linkedom document, so the page needs no script at all. Each chart carries
 * `role="img"`, an `aria-label`, and `<title>`/`<desc>` text alternatives. The palette and number
 * formats every chart shares live here.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Above this many points a scatter becomes hexagonal bins, which keeps the file small for big graphs. */
export const HEXBIN_ABOVE = 1500;

export const ACCENT = '#d9480f';
export const INK = '#495057';
export const MUTED = '#adb5bd';
export const BRIDGE = '#1971c2';

export type PlotOptions = Plot.PlotOptions;

/** Renders `options` to an SVG string with a title and a text description. */
export function renderChart(options: PlotOptions, alt: { title: string; description: string }): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document: document as unknown as Document, ariaLabel: alt.title, ariaDescription: alt.description });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
  svg.setAttribute('role', 'img');
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = alt.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.textContent = alt.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  // Plot's default fonts are the system UI font: nothing to load.
  return node.outerHTML;
}

/** 1.2K, 3.4M: axis ticks and names. */
export const compact = (x: number): string => new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(x);

/** 2–3 significant figures for chart text. */
export const fmt = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(2));
