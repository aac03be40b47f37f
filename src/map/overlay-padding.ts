/**
 * Room for what sits over the map (the key in a corner, the "Showing 2006" banner at the top)
 * when the camera frames a box: the box should not end up under them. Pure: sizes in CSS px,
 * boxes in Web Mercator world units (0–1, y down).
 */

/** The attribute that marks an element over the map (the key, the date banner) to keep clear of. */
export const MAP_OVERLAY = "data-map-overlay";

export type Padding = { top: number; bottom: number; left: number; right: number };
/** An overlay's rectangle, in px from the map's top left corner. */
export type Rect = { left: number; top: number; right: number; bottom: number };

/** How close to an edge of the map an overlay must be to count as standing on it, in px (the key
 * stands 1.75 rem above the bottom, clear of the scale bar's row). */
const ON_EDGE = 40;
/** Clear space kept between a framed box and an overlay, in px. */
const GAP = 8;
/** The least room left for the box across and up and down, in px: below it, no framing helps. */
const LEAST_ROOM = 120;

type Side = keyof Padding;

/** The scale (px per world unit) at which `box` fits a w × h map inside `padding`. */
function fitScale(w: number, h: number, padding: Padding, box: readonly number[]): number {
  const [x0, y0, x1, y1] = box;
  const across = w - padding.left - padding.right;
  const upDown = h - padding.top - padding.bottom;
  if (across < LEAST_ROOM || upDown < LEAST_ROOM) return 0;
  return Math.min(across / Math.max(x1 - x0, 1e-9), upDown / Math.max(y1 - y0, 1e-9));
}

/**
 * The framing padding for `box` in a w × h map, widened on one side for each overlay over the
 * map: on whichever edge it stands on (right or bottom, for a key in the bottom right corner)
 * lets the box be drawn largest. An overlay off the map, or one no side can clear with room to
 * spare, changes nothing.
 */
export function padForOverlays(
  w: number,
  h: number,
  base: Padding,
  overlays: readonly Rect[],
  box: readonly number[],
): Padding {
  let padding = { ...base };
  for (const r of overlays) {
    if (r.right <= 0 || r.bottom <= 0 || r.left >= w || r.top >= h) continue;
    const reach: Record<Side, number> = { top: r.bottom, left: r.right, bottom: h - r.top, right: w - r.left };
    const onEdge: Record<Side, boolean> = {
      top: r.top <= ON_EDGE,
      left: r.left <= ON_EDGE,
      bottom: r.bottom >= h - ON_EDGE,
      right: r.right >= w - ON_EDGE,
    };
    let best = padding;
    let bestScale = 0;
    for (const side of ["top", "bottom", "left", "right"] as const) {
      if (!onEdge[side]) continue;
      const option = { ...padding, [side]: Math.max(padding[side], reach[side] + GAP) };
      const scale = fitScale(w, h, option, box);
      if (scale > bestScale) {
        best = option;
        bestScale = scale;
      }
    }
    padding = best;
  }
  return padding;
}
