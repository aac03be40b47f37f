/**
 * Arrows that show which way oil flows along a line. Every line's coordinates run in the
 * direction of flow (or of the planned flow, for a plan), so an arrow simply points along the
 * line: MapLibre turns a line-placed icon to follow the line, and the still map turns its SVG
 * arrows the same way.
 */

import type { Map as MapLibreMap } from "maplibre-gl";

const PREFIX = "flow-arrow-";

/** The arrow image for a route colour; one image per colour, made when the map first asks. */
export function flowArrowImageId(colour: string): string {
  return `${PREFIX}${colour.replace("#", "").toLowerCase()}`;
}

/** The colour an arrow image id was made for, or null for any other image id. */
export function colourOfArrowImage(id: string): string | null {
  const m = /^flow-arrow-([0-9a-f]{6})$/.exec(id);
  return m ? `#${m[1]}` : null;
}

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

/**
 * Draws the arrow for MapLibre's addImage: RGBA pixels at `pixelRatio` device pixels per CSS px.
 * Needs a DOM canvas (the browser); the layer specs that use it are pure.
 */
export function drawFlowArrow(colour: string, pixelRatio: number): { width: number; height: number; data: Uint8Array } {
  const side = Math.ceil(ARROW_SIZE * pixelRatio);
  const canvas = document.createElement("canvas");
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext("2d");
  if (!ctx) return { width: 1, height: 1, data: new Uint8Array(4) };
  ctx.translate(side / 2, side / 2);
  // The same outline the still map draws, at 90% of the image so the white edge fits.
  const arrow = new Path2D(arrowPath(side * 0.9));
  ctx.lineJoin = "round";
  ctx.lineWidth = 2.5 * pixelRatio;
  ctx.strokeStyle = "#ffffff";
  ctx.stroke(arrow);
  ctx.fillStyle = colour;
  ctx.fill(arrow);
  const pixels = ctx.getImageData(0, 0, side, side);
  return { width: side, height: side, data: new Uint8Array(pixels.data.buffer) };
}

/** The transparent mark the keep-out layers repeat along the route lines (route-layers.ts). */
export const KEEPOUT_IMAGE = "line-keepout";
/** Its side, in CSS px at icon-size 1. */
export const KEEPOUT_SIDE = 10;

/**
 * Lets `map` draw the arrow images (and the keep-out mark) the first time a layer asks for one.
 * MapLibre 6 waits for this resolver (a "styleimagemissing" listener comes too late for the
 * tile being laid out, which would then lack its arrows).
 */
export function resolveFlowArrows(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    if (id === KEEPOUT_IMAGE) {
      // Transparent square: along a line it marks a band no other label may enter.
      const side = KEEPOUT_SIDE;
      if (!map.hasImage(id)) map.addImage(id, { width: side, height: side, data: new Uint8Array(side * side * 4) });
      return;
    }
    const colour = colourOfArrowImage(id);
    if (!colour || map.hasImage(id)) return;
    const ratio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
    map.addImage(id, drawFlowArrow(colour, ratio), { pixelRatio: ratio });
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
