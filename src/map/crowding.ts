/**
 * How closely an imported route's lines crowd each other on the map. A file of thousands of
 * nearly parallel tracks draws, at a regional zoom, as a band where every pixel lies under dozens
 * of 7 px lines, each with its white casing and arrows: nothing more can be read than from fine
 * lines, and in software rendering (a school laptop without GPU acceleration) each frame took
 * over a second. Where the lines would lie closer than CROWDED_GAP_PX apart, they draw as fine
 * lines without casing or arrows (route-layers.ts); zoomed in until they part, as usual. Where
 * even fine lines would fall on pixels other lines already fill, a zoom leaves them out
 * (thinnedFromZoom).
 */

import type { UserLine } from "../store/user-route";
import { displayCoordinates, mercatorX, mercatorY } from "./display-simplify";

/** Lines closer than this on screen, on average, in CSS px, are crowded: the casing is 11 px wide at zoom 7. */
export const CROWDED_GAP_PX = 12;

/**
 * Fewer lines than this never crowd: a route of a few lines has room for its casing and arrows
 * at every zoom, however close two of them run.
 */
export const CROWDED_MIN_LINES = 20;

/** The deepest zoom a layer accepts (MapLibre's limit). */
export const LAYER_MAX_ZOOM = 24;

/**
 * Nor does a route whose lines add up to less than this many times the diagonal of their
 * bounding box: one path cut into many pieces, or a few crossing lines, lie end to end or across
 * each other, not side by side.
 */
export const CROWDED_MIN_LENGTH_PER_DIAGONAL = 10;

/** A route's lines as drawn (display-simplify.ts), in Web Mercator px at zoom 0 (the world 512 px wide). */
type Projected = {
  xs: Float64Array[];
  ys: Float64Array[];
  west: number;
  east: number;
  north: number;
  south: number;
  /** All the lines' length together. */
  length: number;
};

const projectedLines = new WeakMap<readonly UserLine[], Projected>();

/** The lines projected once, for both the crowding estimate and the thinning. */
function projected(lines: readonly Pick<UserLine, "coordinates">[]): Projected {
  const key = lines as readonly UserLine[];
  const cached = projectedLines.get(key);
  if (cached) return cached;
  const p: Projected = {
    xs: [],
    ys: [],
    west: Number.POSITIVE_INFINITY,
    east: Number.NEGATIVE_INFINITY,
    north: Number.POSITIVE_INFINITY,
    south: Number.NEGATIVE_INFINITY,
    length: 0,
  };
  for (const line of lines) {
    const coordinates = displayCoordinates(line.coordinates);
    const x = new Float64Array(coordinates.length);
    const y = new Float64Array(coordinates.length);
    coordinates.forEach(([lon, lat], i) => {
      x[i] = mercatorX(lon, 512);
      y[i] = mercatorY(lat, 512);
      if (i > 0) p.length += Math.hypot(x[i] - x[i - 1], y[i] - y[i - 1]);
      p.west = Math.min(p.west, x[i]);
      p.east = Math.max(p.east, x[i]);
      p.north = Math.min(p.north, y[i]);
      p.south = Math.max(p.south, y[i]);
    });
    p.xs.push(x);
    p.ys.push(y);
  }
  projectedLines.set(key, p);
  return p;
}

const known = new WeakMap<readonly UserLine[], number>();

/**
 * The zoom below which a route's lines are crowded: 0 when they never are. Where they lie side by
 * side (see the two limits above), their mean distance apart is estimated as the area of their
 * bounding box over their total length (for evenly spaced parallel lines that is the gap), both
 * measured at zoom 0 on the lines as drawn; it doubles with each zoom level, so the lines part
 * at log2(CROWDED_GAP_PX / gap).
 */
export function crowdedBelowZoom(lines: readonly Pick<UserLine, "coordinates">[]): number {
  if (lines.length < CROWDED_MIN_LINES) return 0;
  const cached = known.get(lines as readonly UserLine[]);
  if (cached !== undefined) return cached;
  const { west, east, north, south, length } = projected(lines);
  const width = east - west;
  const height = south - north;
  let zoom = 0;
  if (length > 0 && length >= CROWDED_MIN_LENGTH_PER_DIAGONAL * Math.hypot(width, height)) {
    const gap = (width * height) / length;
    zoom = gap > 0 ? Math.min(LAYER_MAX_ZOOM, Math.max(0, Math.log2(CROWDED_GAP_PX / gap))) : LAYER_MAX_ZOOM;
  }
  known.set(lines as readonly UserLine[], zoom);
  return zoom;
}

/**
 * Cells of the coverage grid that thinning draws lines into, in CSS px at the top of a tile
 * zoom's range: half a pixel, a device pixel on a 2× screen. A line whose every cell another
 * line already covers would be drawn into the same pixels (the lines are FINE_LINE_WIDTH, 1 px,
 * wide there), so it is left out of that zoom's drawing.
 */
export const THIN_CELL_PX = 0.5;

/**
 * A line that would add no more than this many cells of its own (1 px of line: the sub-pixel
 * end of one of many tracks that start a little apart) is still left out.
 */
const THIN_NEW_CELLS = 2;

/**
 * Cell steps thinning may take in all, summed over its zoom levels (each costs twice the one
 * below): the 15 MB file's 3,000 tracks take 21 million, about 75 ms here, and are thinned for
 * tile zooms 0 to 4 (a 1920 × 1080 projector opens at 4.2); from zoom 5 on they are all drawn.
 */
const THIN_BUDGET_STEPS = 24_000_000;

/** Nor more cells than this in one zoom's grid (16 MB of bits): a route spread over half the world. */
const THIN_MAX_CELLS = 2 ** 27;

const thinnedFrom = new WeakMap<readonly UserLine[], Uint8Array | null>();

/**
 * For each line of a crowded route, the tile zoom from which it is drawn (route-layers.ts filters
 * the line and its name with it): 0 for lines drawn at every zoom, null when the route does not
 * crowd or no line can be left out. MapLibre draws a map at zoom z (z ≤ zoom < z + 1) from
 * tiles cut at zoom ⌊z⌋, so each tile zoom's lines are chosen at the top of its range, z + 1,
 * where they lie farthest apart: going through the lines in the file's order, a line is kept if
 * it reaches more than THIN_NEW_CELLS cells (THIN_CELL_PX square, there) that no line kept
 * before it reaches. Lines kept at one zoom are kept at every deeper one. Measured on the lines
 * as drawn (display-simplify.ts). Nothing stored or exported changes: this only chooses what a
 * zoom draws.
 */
export function thinnedFromZoom(lines: readonly Pick<UserLine, "coordinates">[]): Uint8Array | null {
  if (crowdedBelowZoom(lines) <= 0) return null;
  const key = lines as readonly UserLine[];
  if (thinnedFrom.has(key)) return thinnedFrom.get(key) ?? null;
  const { xs, ys, west, east, north, south, length } = projected(lines);
  // Until a line is kept, it is drawn from the first zoom left unthinned.
  const from = new Uint8Array(lines.length).fill(255);
  let steps = 0;
  let zoom = 0;
  for (; zoom < LAYER_MAX_ZOOM; zoom++) {
    // Cells per zoom-0 px, at the top of this tile zoom's range.
    const perPx = 2 ** (zoom + 1) / THIN_CELL_PX;
    const width = Math.floor((east - west) * perPx) + 2;
    const height = Math.floor((south - north) * perPx) + 2;
    const levelSteps = length * perPx + lines.length;
    if (width * height > THIN_MAX_CELLS || steps + levelSteps > THIN_BUDGET_STEPS) break;
    steps += levelSteps;
    const covered = new Uint32Array(Math.ceil((width * height) / 32));
    // Marks a line's cells, in steps of at most one cell; true when it reached more than
    // THIN_NEW_CELLS that no line had. Unless it is `kept` anyway, a line that did not is
    // unmarked again: it is left out, so its few cells are not drawn.
    const fresh: number[] = [];
    const draw = (x: Float64Array, y: Float64Array, kept: boolean): boolean => {
      fresh.length = 0;
      let cx = (x[0] - west) * perPx;
      let cy = (y[0] - north) * perPx;
      // Segment by segment from the first position (the first "segment" is that position alone).
      for (let i = 0; i < x.length; i++) {
        const dx = (x[i] - west) * perPx - cx;
        const dy = (y[i] - north) * perPx - cy;
        const n = Math.max(1, Math.ceil(Math.hypot(dx, dy)));
        const sx = dx / n;
        const sy = dy / n;
        for (let k = i === 0 ? 0 : 1; k <= n; k++) {
          // Both are at least 0 (measured from the grid's corner): | 0 floors them.
          const cell = ((cy + sy * k) | 0) * width + ((cx + sx * k) | 0);
          const bit = 1 << (cell & 31);
          if ((covered[cell >>> 5] & bit) === 0) {
            covered[cell >>> 5] |= bit;
            if (fresh.length <= THIN_NEW_CELLS) fresh.push(cell);
          }
        }
        cx += dx;
        cy += dy;
      }
      if (kept || fresh.length > THIN_NEW_CELLS) return true;
      for (const cell of fresh) covered[cell >>> 5] &= ~(1 << (cell & 31));
      return false;
    };
    // The lines a shallower zoom keeps go first, then the rest in the file's order.
    for (let i = 0; i < lines.length; i++) if (from[i] < zoom) draw(xs[i], ys[i], true);
    let dropped = 0;
    for (let i = 0; i < lines.length; i++) {
      if (from[i] < zoom) continue;
      if (draw(xs[i], ys[i], false)) from[i] = zoom;
      else dropped++;
    }
    // None left out here: deeper, where the lines lie farther apart, none would be.
    if (dropped === 0) break;
  }
  for (let i = 0; i < from.length; i++) if (from[i] === 255) from[i] = zoom;
  const result = from.some((f) => f > 0) ? from : null;
  thinnedFrom.set(key, result);
  return result;
}
