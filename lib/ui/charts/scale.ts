/** Axis arithmetic for the SVG charts: pure, unit-tested with literal values. */

/** A round step (1, 2 or 5 times a power of ten, at least 1) giving about `count` intervals up to `max`. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw)!;
  return Math.max(1, step);
}

/** The axis top (a multiple of the step, never below `max`) and its tick values from 0. */
export function axisTicks(max: number, count = 4): { top: number; ticks: number[] } {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  return { top, ticks };
}

/** Length in pixels of a value on an axis `length` pixels long that ends at `top`. */
export function scaleLength(value: number, top: number, length: number): number {
  if (top <= 0 || value <= 0) return 0;
  return Math.round((Math.min(value, top) / top) * length * 10) / 10;
}

/** Percentage of `part` in `whole`, one decimal; null when the whole is zero. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** Colours of the series, in order: distinguishable for common colour blindness, 3:1 on white. */
export const SERIES_COLOURS = ['#12355b', '#c05a00', '#1e6b3a', '#8a2b8c', '#5b6770'] as const;

export const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]!;

/** Rough width of a label in SVG units at the charts' 12-unit text (wide scripts count more). */
export function labelWidth(label: string): number {
  return [...label].reduce((width, character) => width + (character.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);
}
