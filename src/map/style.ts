import type {
  ExpressionSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";

type SymbolLayout = NonNullable<SymbolLayerSpecification["layout"]>;

import type { BuiltData, Content } from "../content/schema";
import type { UserRoute } from "../store/user-route";
import { KEEPOUT_IMAGE, KEEPOUT_SIDE } from "./flow-arrows";
import { LABEL_FONTS } from "./label-fonts";
import { placeLabel } from "./labels";
import { lineLook } from "./line-styles";
import {
  lineSourceIds,
  routeLabelLayers,
  routeLayers,
  routeSourceIds,
  userLinesGeoJson,
  userRouteLayers,
} from "./route-layers";

export const PALETTE = {
  water: "#b9d6e8",
  land: "#f3f0e7",
  focusLand: "#fbf4d9",
  border: "#8d8577",
  placeText: "#2b2926",
  countryText: "#5c5449",
  seaText: "#285d86",
} as const;

/** Turns the app's base path into an absolute URL prefix; MapLibre's worker needs absolute URLs. */
export function assetUrl(base: string, path: string, origin: string): string {
  // Concatenate as strings: new URL() would percent-encode the {fontstack}/{range} placeholders.
  const prefix = base.startsWith("http") ? base : `${origin}${base.startsWith("/") ? "" : "/"}${base}`;
  return `${prefix.replace(/\/?$/, "/")}${path}`;
}

/** What the map shows of time: the day (days since 1970) and whether width shows capacity. */
export type Lens = { day: number; byCapacity: boolean };

/**
 * A route's lines as drawn on the lens's day, its source's data: each carries the few properties
 * the route layers style by (dash style, status, faded or not, width factor). Lines not yet
 * planned are left out.
 */
export function linesGeoJson(data: BuiltData, lens: Lens, routeId: string) {
  return {
    type: "FeatureCollection" as const,
    features: data.lines.features.flatMap((f) => {
      if (f.properties.route !== routeId) return [];
      const look = lineLook(f.properties, lens.day, lens.byCapacity);
      if (!look) return [];
      const { id, route, name } = f.properties;
      return [
        {
          type: "Feature" as const,
          geometry: f.geometry,
          properties: {
            id,
            route,
            name,
            style: look.style,
            status: look.status,
            inactive: look.inactive,
            widthFactor: look.widthFactor,
          },
        },
      ];
    }),
  };
}

function placesGeoJson(data: BuiltData) {
  return {
    type: "FeatureCollection" as const,
    features: data.places.features.map((f, i) => ({
      ...f,
      properties: { ...f.properties, label: placeLabel(f).join("\n"), rank: data.placeRanks[i] ?? 2 },
    })),
  };
}

/** The point where a built-in route's name goes, turned along its line (from the build). */
export function routeNameGeoJson(data: BuiltData, routeId: string) {
  const at = (data.routeLabels as Record<string, BuiltData["routeLabels"][string] | undefined>)[routeId];
  return {
    type: "FeatureCollection" as const,
    features: at
      ? [
          {
            type: "Feature" as const,
            properties: { route: routeId, angle: at.angle, anchor: at.anchor },
            geometry: { type: "Point" as const, coordinates: at.coordinates },
          },
        ]
      : [],
  };
}

/** The sides a place's name may take beside its dot, in order of preference, and how far off (ems). */
export const PLACE_LABEL_ANCHORS = [
  "left",
  "right",
  "top",
  "bottom",
  "top-left",
  "top-right",
  "bottom-left",
  "bottom-right",
] as const;
export const PLACE_LABEL_OFFSET = 0.6;
/** A country's name: centred if it can be, else moved off a line or a more needed name. */
export const COUNTRY_LABEL_ANCHORS = [
  "center",
  "top",
  "bottom",
  "right",
  "left",
  "top-left",
  "top-right",
  "bottom-left",
  "bottom-right",
] as const;
export const COUNTRY_LABEL_OFFSET = 0.7;

/** A place's name beside its dot, on whichever side is free. */
function placeLabelLayout(textSize: ExpressionSpecification) {
  return {
    "text-field": ["get", "label"],
    "text-font": [
      "match",
      ["get", "kind"],
      "capital",
      ["literal", [LABEL_FONTS.bold]],
      ["literal", [LABEL_FONTS.regular]],
    ],
    "text-size": textSize,
    // Eight sides to try: a place where lines meet (Baku, Erzurum) still finds a free one.
    "text-variable-anchor": [...PLACE_LABEL_ANCHORS],
    "text-radial-offset": PLACE_LABEL_OFFSET,
    "text-justify": "auto",
    "text-padding": 2,
  } satisfies SymbolLayout;
}

function seaLabelLayout(textSize: ExpressionSpecification) {
  return {
    "text-field": ["get", "label"],
    "text-font": [LABEL_FONTS.regular],
    "text-size": textSize,
    "text-letter-spacing": 0.12,
    "text-max-width": 6,
  } satisfies SymbolLayout;
}

/** Place dots, in CSS px at scale 1: capitals are white rings, the other places dark dots. */
export const PLACE_DOT = { capital: { radius: 5, stroke: 2 }, other: { radius: 4, stroke: 1 } } as const;

/** How far a place's dot reaches from its centre, to the outer edge of its stroke, in CSS px. */
export const dotReach = (kind: string, scale: number): number => {
  const dot = kind === "capital" ? PLACE_DOT.capital : PLACE_DOT.other;
  return dot.radius * scale + dot.stroke / 2;
};

const isKind = (...kinds: string[]): ExpressionSpecification => ["in", ["get", "kind"], ["literal", kinds]];
const MARKED_PLACES = ["field", "port", "terminal", "capital", "city"];

/**
 * Label priority. MapLibre places symbol layers from the top of the style down, and a label
 * placed earlier wins a collision; so, top to bottom:
 * 1. route names, beside their line on the side away from the names below;
 * 2. the names a lesson cannot do without: the Caspian Sea and the key places (Baku, Tbilisi),
 *    always (rank 0); then where each route's oil leaves it (rank 1), with eight sides to try
 *    (ranks are computed at build time);
 * 3. "halted" along a stopped line (it sits beside its own line);
 * 4. the keep-out marks along the route lines: nothing placed after them may cover a line;
 * 5. other places and seas; then country names, which move to a free side or give way.
 *
 * The whole map style: embedded basemap (water is the background; countries and borders from
 * Natural Earth, with 1997 borders), the route layers from the content, and the labels.
 * Nothing here points outside the page's origin.
 */
export function buildStyle(opts: {
  data: BuiltData;
  content: Content;
  visible: Record<string, boolean>;
  lens: Lens;
  /** Routes the teacher imported (drawn above the built-in ones). */
  userRoutes?: readonly UserRoute[];
  /** Multiplies text sizes and line widths: 1 on a laptop, more on a large projected screen. */
  scale: number;
  basemapUrl: string;
  glyphsUrl: string;
}): StyleSpecification {
  const { data, content, visible, scale } = opts;
  const size = (z3: number, z7: number): ExpressionSpecification => [
    "interpolate",
    ["linear"],
    ["zoom"],
    3,
    z3 * scale,
    7,
    z7 * scale,
  ];
  return {
    version: 8,
    name: "Caspian Routes, November 1997",
    glyphs: opts.glyphsUrl,
    // Paint changes (a toggle's neighbours, a date) land in one frame, not eased over 300 ms.
    transition: { duration: 0, delay: 0 },
    sources: {
      basemap: { type: "geojson", data: opts.basemapUrl },
      places: { type: "geojson", data: placesGeoJson(data) },
      ...Object.fromEntries(
        content.routes.flatMap((route) => {
          const lines = linesGeoJson(data, opts.lens, route.id);
          return [
            ...lineSourceIds(route.id).map((id) => [id, { type: "geojson", data: lines, promoteId: "id" }]),
            [routeSourceIds(route.id).name, { type: "geojson", data: routeNameGeoJson(data, route.id) }],
          ];
        }),
      ),
      ...Object.fromEntries(
        (opts.userRoutes ?? []).flatMap((route) => {
          const lines = userLinesGeoJson(route);
          return lineSourceIds(route.id).map((id) => [id, { type: "geojson", data: lines, promoteId: "id" }]);
        }),
      ),
    },
    layers: [
      { id: "water", type: "background", paint: { "background-color": PALETTE.water } },
      {
        id: "countries",
        type: "fill",
        source: "basemap",
        filter: ["==", ["get", "kind"], "country"],
        paint: {
          "fill-color": ["case", ["==", ["get", "name"], content.focusCountry], PALETTE.focusLand, PALETTE.land],
        },
      },
      {
        id: "inland-water",
        type: "fill",
        source: "basemap",
        filter: ["==", ["get", "kind"], "water"],
        paint: { "fill-color": PALETTE.water },
      },
      {
        id: "coast",
        type: "line",
        source: "basemap",
        filter: ["in", ["get", "kind"], ["literal", ["country", "water"]]],
        paint: { "line-color": "#7aa6c2", "line-width": 0.8 },
      },
      {
        id: "borders",
        type: "line",
        source: "basemap",
        filter: ["==", ["get", "kind"], "border"],
        layout: { "line-join": "round" },
        paint: {
          "line-color": PALETTE.border,
          "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.8, 7, 1.6],
          "line-dasharray": [3, 1.5],
        },
      },
      ...content.routes.flatMap((route) => routeLayers(route, visible[route.id] ?? true, scale)),
      ...(opts.userRoutes ?? []).flatMap((route) => userRouteLayers(route, visible[route.id] ?? true, scale)),
      {
        id: "place-dots",
        type: "circle",
        source: "places",
        filter: isKind(...MARKED_PLACES),
        paint: {
          "circle-radius": [
            "match",
            ["get", "kind"],
            "capital",
            PLACE_DOT.capital.radius * scale,
            PLACE_DOT.other.radius * scale,
          ],
          "circle-color": ["match", ["get", "kind"], "capital", "#ffffff", PALETTE.placeText],
          "circle-stroke-color": PALETTE.placeText,
          "circle-stroke-width": [
            "match",
            ["get", "kind"],
            "capital",
            PLACE_DOT.capital.stroke,
            PLACE_DOT.other.stroke,
          ],
        },
      },
      {
        id: "country-labels",
        type: "symbol",
        source: "places",
        filter: isKind("country"),
        layout: {
          "text-field": ["get", "label"],
          "text-font": [LABEL_FONTS.regular],
          "text-size": size(13, 18),
          "text-letter-spacing": 0.1,
          // A country name moves off a line or a more needed name, or gives way.
          "text-variable-anchor": [...COUNTRY_LABEL_ANCHORS],
          "text-radial-offset": COUNTRY_LABEL_OFFSET,
          "text-padding": 2,
        },
        paint: { "text-color": PALETTE.countryText, "text-halo-color": PALETTE.land, "text-halo-width": 1.5 },
      },
      {
        id: "place-labels",
        type: "symbol",
        source: "places",
        filter: ["all", isKind(...MARKED_PLACES), [">=", ["get", "rank"], 2]],
        layout: placeLabelLayout(size(13, 17)),
        paint: { "text-color": PALETTE.placeText, "text-halo-color": "#ffffff", "text-halo-width": 1.8 },
      },
      {
        id: "sea-labels",
        type: "symbol",
        source: "places",
        filter: ["all", isKind("sea"), [">=", ["get", "rank"], 2]],
        layout: seaLabelLayout(size(13, 17)),
        paint: { "text-color": PALETTE.seaText, "text-halo-color": PALETTE.water, "text-halo-width": 1.5 },
      },
      ...content.routes.map((route) => routeLabelLayers(route, content, visible[route.id] ?? true, scale).keepout),
      ...content.routes.map((route) => routeLabelLayers(route, content, visible[route.id] ?? true, scale).status),
      {
        id: "end-labels",
        type: "symbol",
        source: "places",
        filter: ["all", isKind(...MARKED_PLACES), ["==", ["get", "rank"], 1]],
        layout: placeLabelLayout(size(13, 17)),
        paint: { "text-color": PALETTE.placeText, "text-halo-color": "#ffffff", "text-halo-width": 2 },
      },
      {
        // The key places' rings (Baku, Tbilisi, where routes meet): the names placed after this
        // (the routes' ends, other places, seas, countries) keep off them. Invisible squares the
        // size of the ring, as the keep-out marks along the lines are.
        id: "key-place-keepout",
        type: "symbol",
        source: "places",
        filter: ["all", isKind(...MARKED_PLACES), ["==", ["get", "rank"], 0]],
        layout: {
          "icon-image": KEEPOUT_IMAGE,
          // A square as wide as the dot: KEEPOUT_IMAGE is KEEPOUT_SIDE px at icon-size 1.
          "icon-size": [
            "match",
            ["get", "kind"],
            "capital",
            (2 * dotReach("capital", scale)) / KEEPOUT_SIDE,
            (2 * dotReach("other", scale)) / KEEPOUT_SIDE,
          ],
          "icon-padding": 0,
          "icon-allow-overlap": true,
          "icon-ignore-placement": false,
        },
      },
      {
        // Baku and Tbilisi: always named, even where a route's name runs close.
        id: "key-place-labels",
        type: "symbol",
        source: "places",
        filter: ["all", isKind(...MARKED_PLACES), ["==", ["get", "rank"], 0]],
        layout: { ...placeLabelLayout(size(13, 17)), "text-allow-overlap": true },
        paint: { "text-color": PALETTE.placeText, "text-halo-color": "#ffffff", "text-halo-width": 2 },
      },
      {
        // The Caspian Sea, in the middle of its northern basin, clear of the tanker crossings.
        id: "key-sea-labels",
        type: "symbol",
        source: "places",
        filter: ["all", isKind("sea"), ["==", ["get", "rank"], 0]],
        layout: { ...seaLabelLayout(size(15, 19)), "text-allow-overlap": true },
        paint: { "text-color": PALETTE.seaText, "text-halo-color": PALETTE.water, "text-halo-width": 1.5 },
      },
      ...content.routes.map((route) => routeLabelLayers(route, content, visible[route.id] ?? true, scale).name),
    ],
  };
}
