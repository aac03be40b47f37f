import type { MeasuredLine } from "./worker-protocol";

/**
 * Measured lines as they cross from the import worker to the page: every position in one
 * Float64Array (longitude, latitude, longitude, …, in degrees) that is transferred, not copied.
 * A structured clone of 900,000 little [lon, lat] arrays took 0.6–1.1 s to unpack on the main
 * thread in one go; a transferred buffer arrives in no time, and the page rebuilds the arrays
 * a slice at a time between frames. Float64 holds every JSON number exactly, so nothing moves.
 */
export type PackedLines = {
  /** Each line without its coordinates. */
  lines: Omit<MeasuredLine, "coordinates">[];
  /** All positions, two numbers each. */
  xy: Float64Array;
  /** Where each line's positions end in xy, counted in positions. */
  ends: Uint32Array;
};

export function packLines(lines: readonly MeasuredLine[]): PackedLines {
  const count = lines.reduce((n, l) => n + l.coordinates.length, 0);
  const xy = new Float64Array(count * 2);
  const ends = new Uint32Array(lines.length);
  let at = 0;
  lines.forEach((l, i) => {
    for (const p of l.coordinates) {
      xy[at * 2] = p[0];
      xy[at * 2 + 1] = p[1];
      at++;
    }
    ends[i] = at;
  });
  return { lines: lines.map(({ coordinates: _, ...rest }) => rest), xy, ends };
}

/** What to hand postMessage so the buffers move instead of being copied. */
export const transferOf = (p: PackedLines): Transferable[] => [p.xy.buffer, p.ends.buffer];

/** Positions rebuilt between two pauses: about 10 ms of work on a slow laptop. */
const SLICE = 40_000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The lines back as plain arrays, rebuilt in slices with a pause between them so the page
 * stays responsive (a click or a progress bar is never held more than one slice).
 */
export async function unpackLines(packed: PackedLines, slice = SLICE): Promise<MeasuredLine[]> {
  const { xy, ends } = packed;
  const out: MeasuredLine[] = [];
  let at = 0;
  let sinceBreak = 0;
  for (let i = 0; i < packed.lines.length; i++) {
    const coordinates: [number, number][] = [];
    for (; at < ends[i]; at++) coordinates.push([xy[at * 2], xy[at * 2 + 1]]);
    out.push({ ...packed.lines[i], coordinates });
    sinceBreak += coordinates.length;
    if (sinceBreak >= slice) {
      sinceBreak = 0;
      await pause();
    }
  }
  return out;
}
