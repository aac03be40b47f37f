import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Content, RouteContent } from "../content/schema";
import type { UserRoute } from "../store/user-route";
import { crowdedBelowZoom, thinnedFromZoom } from "./crowding";
import { displayCoordinates } from "./display-simplify";
import { ARROW_EDGE, ARROW_SPACING, FLOW_ARROW_IMAGE, KEEPOUT_IMAGE } from "./flow-arrows";
import { FULL_FONTS, LABEL_FONTS } from "./label-fonts";
import { INACTIVE_OPACITY, LINE_STYLES, LINE_WIDTH } from "./line-styles";

/**
 * Each route has sources of its own, named from its id:
 * - its lines, which only its line layers draw. Toggles never change their layout (lineShown),
 *   so a date's new data is the only thing that makes MapLibre lay them out again.
 * - a copy of the lines for the symbol layers along them (arrows, status, keep-out marks, an
 *   imported route's name), whose toggles are layout changes (symbolShown): MapLibre answers
 *   one by laying out every tile of the layer's source again, one route's few lines here. Kept
 *   apart from the lines' source because a layout change there while the date changed the data
 *   left the old date's lines on the map for good (MapLibre 6.17; time-lens.spec "epilogue
 *   slides set the date").
 * - the point its name stands at (built-in routes).
 */
export function routeSourceIds(routeId: string) {
  return {
    /** The route's lines, for its line layers. */
    lines: `route-${routeId}`,
    /** The same lines, for the symbol layers along them. */
    marks: `route-${routeId}-marks`,
    /** The point its name stands at (built-in routes). */
    name: `route-${routeId}-name`,
  };
}

/**
 * What a toggle changes on a route's layer, and nothing else:
 * - a line layer (the line and its casing) stays laid out and is drawn at layer opacity 1 or 0.
 *   MapLibre keeps its laid-out lines, so a route shown again is drawn in the next frame; a layout
 *   change would wait for the worker to lay the lines out again, two to three frames in software
 *   rendering (issue 16). At 0 MapLibre skips the layer's draw calls.
 * - a symbol layer (arrows, names, keep-out marks) changes `visibility`: a hidden route's names
 *   leave their room to other labels, which an invisible label would keep.
 */
export function lineShown(visible: boolean) {
  return { "line-layer-opacity": visible ? 1 : 0 } as const;
}

export function symbolShown(visible: boolean) {
  return { visibility: visible ? "visible" : "none" } as const;
}

/** The two sources that hold a route's lines: its line layers', and the symbol layers' along them. */
export function lineSourceIds(routeId: string): string[] {
  const { lines, marks } = routeSourceIds(routeId);
  return [lines, marks];
}

/** Layer ids are built from the route id, so no code needs to know which routes exist. */
export function routeLayerIds(routeId: string) {
  return {
    casing: `route-${routeId}-casing`,
    line: `route-${routeId}-line`,
    arrows: `route-${routeId}-arrows`,
    label: `route-${routeId}-label`,
    /** Invisible marks along the lines that keep other labels off them (built-in routes). */
    keepout: `route-${routeId}-keepout`,
    /** The route's name beside its longest line (built-in routes). */
    name: `route-${routeId}-name`,
  };
}

export function allRouteLayerIds(routeId: string): string[] {
  return Object.values(routeLayerIds(routeId));
}

/** The line layer ids, which clicks and hovers listen to. */
export function routeLineLayerId(routeId: string): string {
  return routeLayerIds(routeId).line;
}

const highlighted: ExpressionSpecification = ["boolean", ["feature-state", "highlight"], false];
const dimmed: ExpressionSpecification = ["boolean", ["feature-state", "dim"], false];

const inactive: ExpressionSpecification = ["boolean", ["get", "inactive"], false];

/**
 * A crowded route's lines, thinned (crowding.ts): each carries the tile zoom it is drawn from,
 * and a zoom in a filter is taken at the tile's zoom, so a zoom draws only the lines it needs.
 */
export const THINNED_FILTER: ExpressionSpecification = [">=", ["zoom"], ["number", ["get", "from"], 0]];

/** A crowded route's lines (crowding.ts) below the zoom where they part, in px: fine lines. */
export const FINE_LINE_WIDTH = 1;

/**
 * Zoom steps between the fine width and the usual one, where lines part: the width's stops must
 * rise, so a route that parts at or below this zoom is drawn as usual throughout.
 */
const PART_STEP = 0.01;

/** Whether a route that parts at `crowdedBelow` (crowding.ts) is drawn crowded below it. */
const crowds = (crowdedBelow: number) => crowdedBelow > PART_STEP;

/**
 * Width in px: the base width times the line's width factor (capacity), plus casing and highlight.
 * A crowded route's lines are FINE_LINE_WIDTH wide below `crowdedBelow`, then as usual.
 */
function width(extra: number, scale: number, crowdedBelow = 0): ExpressionSpecification {
  const { z3, z7, highlightExtra } = LINE_WIDTH;
  const factor: ExpressionSpecification = ["number", ["get", "widthFactor"], 1];
  const at = (w: number): ExpressionSpecification => [
    "*",
    scale,
    ["+", ["*", w, factor], ["case", highlighted, extra + highlightExtra, extra]],
  ];
  if (!crowds(crowdedBelow)) return ["interpolate", ["linear"], ["zoom"], 3, at(z3), 7, at(z7)];
  const fine: ExpressionSpecification = [
    "*",
    scale,
    ["case", highlighted, FINE_LINE_WIDTH + highlightExtra, FINE_LINE_WIDTH],
  ];
  // The usual width at a zoom: z3's up to zoom 3, z7's from zoom 7, in proportion between.
  const usual = (z: number) => z3 + ((Math.min(Math.max(z, 3), 7) - 3) / 4) * (z7 - z3);
  const stops: [number, ExpressionSpecification][] = [
    [0, fine],
    [crowdedBelow - PART_STEP, fine],
    [crowdedBelow, at(usual(crowdedBelow))],
    ...[3, 7].filter((z) => z > crowdedBelow).map((z): [number, ExpressionSpecification] => [z, at(usual(z))]),
  ];
  return ["interpolate", ["linear"], ["zoom"], ...stops.flat()] as ExpressionSpecification;
}

const dashByStyle = [
  "match",
  ["get", "style"],
  ...Object.entries(LINE_STYLES).flatMap(([key, s]) => [key, ["literal", [...s.dash]]]),
  ["literal", [1, 0]],
] as unknown as ExpressionSpecification;

/** A halted or cancelled line says so along it, so a faded line is explained in words too. */
function statusText(content: Content): ExpressionSpecification {
  return [
    "match",
    ["get", "status"],
    "halted",
    content.statusLabels.halted.toLowerCase(),
    "cancelled",
    content.statusLabels.cancelled.toLowerCase(),
    "",
  ];
}

type LayerInput = {
  routeId: string;
  colour: string;
  label: string | ExpressionSpecification;
  /** null: solid. */
  dash: ExpressionSpecification | null;
  visible: boolean;
  scale: number;
  /** The zoom below which the route's lines are crowded (crowding.ts); 0: never. */
  crowdedBelow?: number;
};

/**
 * The layers of one route: a pale casing that keeps the line readable on land and water, the
 * line itself (route colour and dash pattern), arrows giving the direction of flow, and the
 * route's name repeated along it so routes stay distinct in greyscale. A toggle changes only
 * what lineShown and symbolShown give.
 */
function layersFor({
  routeId,
  colour,
  label,
  dash,
  visible,
  scale,
  crowdedBelow = 0,
}: LayerInput): LayerSpecification[] {
  return [
    ...lineLayersFor({ routeId, colour, dash, visible, scale, crowdedBelow }),
    // A teacher's name for a route may use any Latin-1 letter: the full glyph stack. Along a
    // crowded route, it is placed along the lines each zoom draws.
    {
      ...alongLabel(routeId, colour, label, visible, scale, FULL_FONTS.bold),
      ...(crowds(crowdedBelow) ? { filter: THINNED_FILTER } : {}),
    } as LayerSpecification,
  ];
}

function lineLayersFor({
  routeId,
  colour,
  dash,
  visible,
  scale,
  crowdedBelow = 0,
}: Omit<LayerInput, "label">): LayerSpecification[] {
  const ids = routeLayerIds(routeId);
  const { lines, marks } = routeSourceIds(routeId);
  const opacity: ExpressionSpecification = ["case", dimmed, 0.3, inactive, INACTIVE_OPACITY, 1];
  // Crowded lines have no casing or arrows until they part: a layer below its minzoom is
  // neither laid out nor drawn.
  const apart = crowds(crowdedBelow) ? { minzoom: crowdedBelow } : {};
  return [
    {
      id: ids.casing,
      type: "line",
      ...apart,
      source: lines,
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        ...lineShown(visible),
        "line-color": "#ffffff",
        "line-width": width(4, scale),
        "line-opacity": ["case", dimmed, 0.25, inactive, 0.5, 0.85],
      },
    },
    {
      id: ids.line,
      type: "line",
      source: lines,
      // Crowded lines that would draw into pixels other lines already fill are left out.
      ...(crowds(crowdedBelow) ? { filter: THINNED_FILTER } : {}),
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        ...lineShown(visible),
        "line-color": colour,
        "line-width": width(0, scale, crowdedBelow),
        "line-opacity": opacity,
        // A solid line has no dash array at all: any dash array, even [1, 0], draws through
        // MapLibre's slower dashed shader, which a 900,000-position import feels.
        ...(dash ? { "line-dasharray": dash } : {}),
      },
    },
    {
      // Which way the oil flows: arrowheads along the line, in the direction of its coordinates.
      // They never hide, nor are hidden by, a label (overlap allowed, placement ignored).
      id: ids.arrows,
      type: "symbol",
      ...apart,
      source: marks,
      layout: {
        ...symbolShown(visible),
        "symbol-placement": "line",
        "symbol-spacing": ARROW_SPACING * scale,
        "icon-image": FLOW_ARROW_IMAGE,
        "icon-size": scale,
        "icon-rotation-alignment": "map",
        "icon-keep-upright": false,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
      },
      // The arrow image is a distance field: painted in the route's colour, edged in white.
      paint: {
        "icon-color": colour,
        "icon-halo-color": "#ffffff",
        "icon-halo-width": ARROW_EDGE,
        "icon-opacity": opacity,
      },
    },
  ];
}

/** Text that follows a line: an imported route's name, or a built-in line's halted status. */
function alongLabel(
  routeId: string,
  colour: string,
  label: string | ExpressionSpecification,
  visible: boolean,
  scale: number,
  font: string,
): LayerSpecification {
  const ids = routeLayerIds(routeId);
  const opacity: ExpressionSpecification = ["case", dimmed, 0.3, inactive, INACTIVE_OPACITY, 1];
  return {
    id: ids.label,
    type: "symbol",
    source: routeSourceIds(routeId).marks,
    layout: {
      ...symbolShown(visible),
      "symbol-placement": "line",
      "symbol-spacing": 320,
      "text-field": label,
      "text-font": [font],
      "text-size": 13 * scale,
      "text-letter-spacing": 0.08,
      "text-offset": [0, -1.1],
      "text-max-angle": 30,
    },
    paint: {
      "text-color": colour,
      "text-halo-color": "#ffffff",
      "text-halo-width": 2,
      "text-opacity": opacity,
    },
  };
}

/**
 * A built-in route's layers: the dash comes from each line's status on the date shown; the date
 * changes the source's data, not the layers.
 */
export function routeLayers(route: RouteContent, visible: boolean, scale = 1): LayerSpecification[] {
  return lineLayersFor({
    routeId: route.id,
    colour: route.colour,
    dash: dashByStyle,
    visible,
    scale,
  });
}

/**
 * A built-in route's labels, which sit above the place names so they win any collision:
 * - keep-out: invisible marks every few px along the lines that no later label may cover;
 * - status: "halted" or "cancelled" along a stopped line, where it is long enough on screen (the key
 *   promises only the fading);
 * - name: the route's name beside its longest line, turned along it.
 * Returned in placement order, lowest priority first (the style lists them bottom to top).
 */
export function routeLabelLayers(
  route: RouteContent,
  content: Content,
  visible: boolean,
  scale = 1,
): { keepout: LayerSpecification; status: LayerSpecification; name: LayerSpecification } {
  const ids = routeLayerIds(route.id);
  const sources = routeSourceIds(route.id);
  const status = alongLabel(route.id, route.colour, statusText(content), visible, scale, LABEL_FONTS.bold);
  return {
    keepout: {
      id: ids.keepout,
      type: "symbol",
      source: sources.marks,
      layout: {
        ...symbolShown(visible),
        "symbol-placement": "line",
        "symbol-spacing": 8 * scale,
        "icon-image": KEEPOUT_IMAGE,
        "icon-size": scale,
        "icon-rotation-alignment": "map",
        "icon-allow-overlap": true,
        "icon-ignore-placement": false,
      },
    },
    status: {
      ...status,
      filter: ["in", ["get", "status"], ["literal", ["halted", "cancelled"]]],
      layout: { ...status.layout, "symbol-spacing": 200, "text-max-angle": 45, "text-offset": [0, 1.1] },
    } as LayerSpecification,
    name: {
      id: ids.name,
      type: "symbol",
      source: sources.name,
      layout: {
        ...symbolShown(visible),
        "text-field": route.mapLabel,
        "text-font": [LABEL_FONTS.bold],
        "text-size": 13 * scale,
        "text-letter-spacing": 0.03,
        "text-rotate": ["get", "angle"],
        "text-rotation-alignment": "viewport",
        // Beside the line, not on it: above or below a gently sloping line, right or left of a
        // steep one, on the side away from the nearest place a view must name (build time).
        "text-anchor": ["get", "anchor"],
        "text-offset": [
          "match",
          ["get", "anchor"],
          "left",
          ["literal", [0.8, 0]],
          "right",
          ["literal", [-0.8, 0]],
          "top",
          ["literal", [0, 0.5]],
          ["literal", [0, -0.5]],
        ],
        "text-padding": 1,
      },
      paint: { "text-color": route.colour, "text-halo-color": "#ffffff", "text-halo-width": 2.5 },
    },
  };
}

/**
 * The map draws labels with the bundled glyphs (Latin, U+0000–U+00FF): other characters are
 * left out of the label on the map (the panel shows the full name).
 */
export function mapSafeLabel(name: string): string {
  const kept = [...name.replace(/[\u2010-\u2015\u2212]/g, "-")]
    .filter((c) => (c.codePointAt(0) ?? 0) < 256)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  const label = kept.length > 0 ? kept.slice(0, 40) : "Added route";
  // MapLibre files labels placed along a line in a plain object keyed by their text, so a label
  // reading "constructor", "toString" or "__proto__" breaks its worker (the route draws with no
  // label, and an error). A trailing no-break space, invisible and in the bundled glyphs, makes
  // the key the label's own.
  return label in Object.prototype ? `${label}\u00a0` : label;
}

/** An imported route's dash array, as its line layer takes it; null for a solid line. */
export function userDash(style: UserRoute["dash"]): ExpressionSpecification | null {
  const dash = LINE_STYLES[style].dash;
  return dash[1] === 0 ? null : (["literal", [...dash]] as unknown as ExpressionSpecification);
}

/**
 * An imported route's layers: the colour and dash the teacher chose; not subject to the date.
 * Lines crowded side by side (crowding.ts) draw fine, without casing or arrows, until they part.
 */
export function userRouteLayers(
  route: Pick<UserRoute, "id" | "name" | "colour" | "dash" | "lines">,
  visible: boolean,
  scale = 1,
): LayerSpecification[] {
  return layersFor({
    routeId: route.id,
    colour: route.colour,
    label: mapSafeLabel(route.name),
    dash: userDash(route.dash),
    visible,
    scale,
    crowdedBelow: crowdedBelowZoom(route.lines),
  });
}

/**
 * An imported route's lines, its source's data (one feature per line), for the map only: each
 * line thinned to the positions the map can show (display-simplify.ts). A 15 MB file's 900,000
 * positions would otherwise be copied to MapLibre's worker and cut into tiles at every zoom.
 * Crowded lines also carry the zoom they are drawn from (crowding.ts).
 */
export function userLinesGeoJson(r: Pick<UserRoute, "id" | "name" | "lines">) {
  // Crowded lines: the tile zoom each is drawn from (THINNED_FILTER).
  const from = thinnedFromZoom(r.lines);
  return {
    type: "FeatureCollection" as const,
    features: r.lines.map((l, i) => ({
      type: "Feature" as const,
      properties: { id: l.id, route: r.id, name: l.name ?? r.name, from: from?.[i] ?? 0 },
      geometry: { type: "LineString" as const, coordinates: displayCoordinates(l.coordinates) },
    })),
  };
}
