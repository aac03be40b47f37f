/**
 * Imported lines thinned for drawing only. A teacher's file may hold hundreds of thousands of
 * positions (a GPS logs one every few metres), far more than the map can show: every one of them
 * is copied to MapLibre's worker on each change to the imported routes, indexed there, and cut
 * again into tiles at each new zoom. The map is given a copy that keeps only the positions that
 * move the line by a visible amount (Douglas–Peucker). The stored route, the lesson and GeoJSON
 * exports, and the length and countries measured on import all keep every position: nothing
 * here is ever written back.
 */

import type { UserLine } from "../store/user-route";

/** A position as stored: [longitude, latitude] in degrees. */
type Position = UserLine["coordinates"][number];

/** The deepest zoom the map allows (map-view.tsx): the finest detail it can ever show. */
export const MAP_MAX_ZOOM = 9;

/**
 * Farthest the drawn line may stray from the file's, in CSS px at MAP_MAX_ZOOM: a quarter of a
 * pixel, which is half a device pixel on a 2× screen or in the picture export (drawn at twice
 * the window or more), so the line looks the same. At zoom 9 the world is 512 × 2⁹ px wide, so
 * a CSS px is 360° / 262,144 = 0.00137° of longitude (153 m × cos latitude) and this tolerance
 * is 0.00034° of longitude, 27 m at 45°N. MapLibre already thins each tile's lines by 0.375 px
 * (its GeoJSON source's default `tolerance`), coarser than this.
 */
export const DISPLAY_TOLERANCE_PX = 0.25;

/**
 * Positions thinned as one piece, at most: a line is cut into pieces this long (their ends kept)
 * and each is thinned alone. Douglas–Peucker takes about n·log n steps on a track, but n² on a
 * zigzag, which for one line of 900,000 positions would hold the page for minutes; in pieces it
 * is at most 256 steps a position (a fraction of a second), for at most one more position kept
 * every 256.
 */
const PIECE = 256;

/** Web Mercator's limit: latitudes beyond it have no place on the map (±90° would be infinite). */
const MAX_LATITUDE = 85.051129;

/** A longitude (degrees) as Web Mercator x, in px of a world `size` px wide (512 × 2^zoom, as in MapLibre). */
export function mercatorX(lon: number, size: number): number {
  return ((lon + 180) / 360) * size;
}

/** A latitude (degrees, held to Web Mercator's limit) as Web Mercator y, in px of a world `size` px wide, north at 0. */
export function mercatorY(lat: number, size: number): number {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size;
}

/**
 * The positions of a line that must be kept for it to draw within `tolerancePx` of the original
 * at `zoom`: the first and last always, and the same position arrays as the input (no number is
 * rounded or moved). Distances are measured in Web Mercator pixels, as the map draws, so the
 * tolerance is the same on screen at any latitude. Iterative, with its own stack: a single line
 * of 900,000 positions could overflow a recursive one.
 */
export function simplifyForDisplay<P extends Position>(
  coordinates: readonly P[],
  tolerancePx = DISPLAY_TOLERANCE_PX,
  zoom = MAP_MAX_ZOOM,
): P[] {
  const n = coordinates.length;
  if (n <= 2) return [...coordinates];
  // Projected to pixels at `zoom` (the world is 512 × 2^zoom px wide, as in MapLibre).
  const size = 512 * 2 ** zoom;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [lon, lat] = coordinates[i];
    xs[i] = mercatorX(lon, size);
    ys[i] = mercatorY(lat, size);
  }
  const keep = new Uint8Array(n);
  const sqTolerance = tolerancePx * tolerancePx;
  // Spans [first, last] still to check, two indices each: to begin with, the pieces.
  const stack: number[] = [];
  for (let first = 0; first < n - 1; first += PIECE) {
    const last = Math.min(first + PIECE, n - 1);
    keep[first] = 1;
    keep[last] = 1;
    stack.push(first, last);
  }
  while (stack.length > 0) {
    const last = stack.pop() as number;
    const first = stack.pop() as number;
    let farthest = -1;
    let farthestSq = sqTolerance;
    for (let i = first + 1; i < last; i++) {
      const d = sqDistanceToSegment(xs[i], ys[i], xs[first], ys[first], xs[last], ys[last]);
      if (d > farthestSq) {
        farthest = i;
        farthestSq = d;
      }
    }
    if (farthest === -1) continue;
    keep[farthest] = 1;
    if (farthest - first > 1) stack.push(first, farthest);
    if (last - farthest > 1) stack.push(farthest, last);
  }
  return coordinates.filter((_, i) => keep[i] === 1);
}

/** Squared distance in px² from (x, y) to the segment (ax, ay)–(bx, by). */
function sqDistanceToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  const ex = x - (ax + t * dx);
  const ey = y - (ay + t * dy);
  return ex * ex + ey * ey;
}

/**
 * Thinned copies already made, by the stored coordinate array they were made from. The imported
 * routes' source is rebuilt on every change to the list (a new route, a renamed one), and a route
 * keeps its lines' arrays when it is edited, so each line is thinned once, not on every change.
 * Stored coordinates are never changed in place (a changed line is a new array).
 */
const thinned = new WeakMap<readonly Position[], Position[]>();

/** A stored line's positions as the map draws them (see simplifyForDisplay). */
export function displayCoordinates(coordinates: readonly Position[]): Position[] {
  let copy = thinned.get(coordinates);
  if (!copy) {
    copy = simplifyForDisplay(coordinates);
    thinned.set(coordinates, copy);
  }
  return copy;
}
