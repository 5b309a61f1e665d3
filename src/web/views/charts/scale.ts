// Scales and colours shared by the server-drawn SVG charts (plain arithmetic: d3-scale is not a dependency).

/** The bar colour: Vigil's accent red, 10:1 against white. */
export const BAR_FILL = '#8a1c1c';
/** Axis lines: the muted ink of the stylesheet, 7:1 against white. */
export const AXIS_STROKE = '#4d5661';
/** Countries without cases. */
export const NO_DATA_FILL = '#e3e6ea';
/** Five steps of a sequential red scale (ColorBrewer "Reds"), lightest first; the lightest is still told apart from NO_DATA_FILL by hue. */
export const SEQUENTIAL_FILLS = ['#fcbba1', '#fc9272', '#fb6a4a', '#de2d26', '#a50f15'] as const;

/** Maps [0, max] linearly onto [0, length]; with nothing to show (max 0) everything maps to 0. */
export function linear(max: number, length: number): (value: number) => number {
  return (value) => (max > 0 ? (Math.max(0, value) / max) * length : 0);
}

/** Rounds a coordinate to one decimal, so the markup stays short. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The step (0 … steps−1) of a positive count when (0, max] is cut into `steps` equal intervals. */
export function stepOf(count: number, max: number, steps = SEQUENTIAL_FILLS.length): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(steps - 1, Math.max(0, Math.ceil((count / max) * steps) - 1));
}

/** The whole counts each step covers, for the legend; steps no whole count falls in are left out. */
export function stepRanges(max: number, steps = SEQUENTIAL_FILLS.length): { step: number; from: number; to: number }[] {
  const out: { step: number; from: number; to: number }[] = [];
  for (let step = 0; step < steps; step++) {
    const from = Math.floor((max * step) / steps) + 1;
    const to = Math.floor((max * (step + 1)) / steps);
    if (from <= to) out.push({ step, from, to });
  }
  return out;
}
