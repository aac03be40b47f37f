/**
 * Arrows that show which way oil flows along a line. Every line's coordinates run in the
 * direction of flow (or of the planned flow, for a plan), so an arrow simply points along the
 * line: MapLibre turns a line-placed icon to follow the line, and the still map turns its SVG
 * arrows the same way.
 */

import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * The one arrow image every route's arrows use: a signed distance field (MapLibre's "sdf" image)
 * that each arrows layer paints in its route's colour (icon-color) with a white edge (icon-halo),
 * so recolouring a route is a paint change, drawn in the next frame like its line.
 */
export const FLOW_ARROW_IMAGE = "flow-arrow";

/** The white edge around an arrow, in CSS px: the outer half of a 2.5 px stroke on its outline. */
export const ARROW_EDGE = 1.25;

/** Arrow size in CSS px at scale 1: wider than the thickest line, readable on a projector. */
export const ARROW_SIZE = 22;

/** Distance between arrows along a line, in CSS px at scale 1. */
export const ARROW_SPACING = 90;

/**
 * The arrowhead, pointing along +x, centred on (0, 0), in units of ARROW_SIZE: a filled
 * chevron in the route's colour with a white outline, so it reads on land, water and its line.
 */
const ARROW_OUTLINE: readonly (readonly [number, number])[] = [
  [-0.42, -0.4],
  [0.42, 0],
  [-0.42, 0.4],
  [-0.2, 0],
];

/** SVG path of the arrowhead at a size in px. */
export function arrowPath(size: number): string {
  return `${ARROW_OUTLINE.map(([x, y], i) => `${i === 0 ? "M" : "L"}${(x * size).toFixed(2)} ${(y * size).toFixed(2)}`).join(" ")} Z`;
}

/** Room around the arrow in the image, in px: the white edge and the field's fall-off. */
const ARROW_MARGIN = 4;
/** MapLibre's distance field: 0.75 alpha on the edge, less by 1/8 for each px outside it. */
const SDF_EDGE = 0.75;
const SDF_PX = 8;

/** Distance from (x, y) to the segment a–b, in px. */
function segmentDistance(x: number, y: number, a: readonly number[], b: readonly number[]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - a[0] - t * dx, y - a[1] - t * dy);
}

/**
 * The arrow as a distance field for MapLibre's addImage with `sdf: true`, at 1 px per CSS px
 * (a field scales up smoothly on a sharper screen). Its coloured part is the outline the still
 * map draws (90% of ARROW_SIZE); an icon-halo-width of ARROW_EDGE edges it in white. Pure: no
 * canvas.
 */
export function arrowDistanceField(): { width: number; height: number; data: Uint8Array } {
  const side = ARROW_SIZE + 2 * ARROW_MARGIN;
  const corners = ARROW_OUTLINE.map(([x, y]) => [x * ARROW_SIZE * 0.9, y * ARROW_SIZE * 0.9]);
  const data = new Uint8Array(side * side * 4);
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      // The pixel's centre, from the image's centre.
      const x = col + 0.5 - side / 2;
      const y = row + 0.5 - side / 2;
      let distance = Number.POSITIVE_INFINITY;
      let inside = false;
      for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
        const [a, b] = [corners[j], corners[i]];
        distance = Math.min(distance, segmentDistance(x, y, a, b));
        if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      }
      // Signed: negative inside the outline.
      const fromEdge = inside ? -distance : distance;
      data[(row * side + col) * 4 + 3] = Math.round(255 * Math.max(0, Math.min(1, SDF_EDGE - fromEdge / SDF_PX)));
    }
  }
  return { width: side, height: side, data };
}

/** The transparent mark the keep-out layers repeat along the route lines (route-layers.ts). */
export const KEEPOUT_IMAGE = "line-keepout";
/** Its side, in CSS px at icon-size 1. */
export const KEEPOUT_SIDE = 10;

/**
 * Lets `map` draw the arrow image (and the keep-out mark) the first time a layer asks for one.
 * MapLibre 6 waits for this resolver (a "styleimagemissing" listener comes too late for the
 * tile being laid out, which would then lack its arrows).
 */
export function resolveFlowArrows(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    if (id === KEEPOUT_IMAGE) {
      // Transparent square: along a line it marks a band no other label may enter.
      const side = KEEPOUT_SIDE;
      map.addImage(id, { width: side, height: side, data: new Uint8Array(side * side * 4) });
    } else if (id === FLOW_ARROW_IMAGE) map.addImage(id, arrowDistanceField(), { sdf: true });
  });
}

export type ArrowMark = { x: number; y: number /** degrees clockwise from +x */; angle: number };

/**
 * Where arrows go along a polyline in screen px (for the still map): one every `spacing` px,
 * the first half a spacing from the start, each turned along its segment. A line shorter than
 * one spacing still gets one arrow at its middle, so no line is left without a direction.
 */
export function arrowsAlong(points: readonly (readonly [number, number])[], spacing: number): ArrowMark[] {
  const segments: { from: readonly [number, number]; len: number; angle: number; dx: number; dy: number }[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const dx = x1 - x0;
    const dy = y1 - y0;
    const len = Math.hypot(dx, dy);
    if (len === 0) continue;
    segments.push({ from: points[i - 1], len, angle: (Math.atan2(dy, dx) * 180) / Math.PI, dx, dy });
    total += len;
  }
  if (total === 0) return [];
  const at: number[] = [];
  if (total < spacing) at.push(total / 2);
  else for (let d = spacing / 2; d < total; d += spacing) at.push(d);
  const marks: ArrowMark[] = [];
  let start = 0;
  let k = 0;
  for (const s of segments) {
    while (k < at.length && at[k] <= start + s.len) {
      const t = (at[k] - start) / s.len;
      marks.push({ x: s.from[0] + s.dx * t, y: s.from[1] + s.dy * t, angle: s.angle });
      k++;
    }
    start += s.len;
  }
  return marks;
}
