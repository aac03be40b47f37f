/**
 * How closely an imported route's lines crowd each other on the map. A file of thousands of
 * nearly parallel tracks draws, at a regional zoom, as a band where every pixel lies under dozens
 * of 7 px lines, each with its white casing and arrows: nothing more can be read than from fine
 * lines, and in software rendering (a school laptop without GPU acceleration) each frame took
 * over a second. Where the lines would lie closer than CROWDED_GAP_PX apart, they draw as fine
 * lines without casing or arrows (route-layers.ts); zoomed in until they part, as usual.
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
const LAYER_MAX_ZOOM = 24;

/**
 * Nor does a route whose lines add up to less than this many times the diagonal of their
 * bounding box: one path cut into many pieces, or a few crossing lines, lie end to end or across
 * each other, not side by side.
 */
export const CROWDED_MIN_LENGTH_PER_DIAGONAL = 10;

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
  let length = 0;
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.POSITIVE_INFINITY;
  let south = Number.NEGATIVE_INFINITY;
  for (const line of lines) {
    let previous: [number, number] | null = null;
    for (const [lon, lat] of displayCoordinates(line.coordinates)) {
      // Web Mercator px at zoom 0: the world 512 px wide.
      const x = mercatorX(lon, 512);
      const y = mercatorY(lat, 512);
      if (previous) length += Math.hypot(x - previous[0], y - previous[1]);
      previous = [x, y];
      west = Math.min(west, x);
      east = Math.max(east, x);
      north = Math.min(north, y);
      south = Math.max(south, y);
    }
  }
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
