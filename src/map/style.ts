import type { ExpressionSpecification, StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { BuiltData, Content } from "../content/schema";
import type { UserRoute } from "../store/user-route";
import { placeLabel } from "./labels";
import { lineLook } from "./line-styles";
import { LINES_SOURCE, routeLayers, USER_SOURCE, userLinesGeoJson, userRouteLayers } from "./route-layers";

export const PALETTE = {
  water: "#b9d6e8",
  land: "#f3f0e7",
  focusLand: "#fbf4d9",
  border: "#8d8577",
  placeText: "#2b2926",
  countryText: "#6a6155",
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
 * The lines as drawn on the lens's day: each carries the few properties the route layers style
 * by (dash style, status, faded or not, width factor). Lines not yet planned are left out.
 */
export function linesGeoJson(data: BuiltData, lens: Lens) {
  return {
    type: "FeatureCollection" as const,
    features: data.lines.features.flatMap((f) => {
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
    features: data.places.features.map((f) => ({
      ...f,
      properties: { ...f.properties, label: placeLabel(f).join("\n") },
    })),
  };
}

const isKind = (...kinds: string[]): ExpressionSpecification => ["in", ["get", "kind"], ["literal", kinds]];
const MARKED_PLACES = ["field", "port", "terminal", "capital", "city"];

/**
 * Symbol layers higher in the list win label collisions, so the order is: routes, then country
 * and sea names, then places (the names a lesson needs most).
 *
 * The whole map style: embedded basemap (water is the background; countries and borders from
 * Natural Earth, with 1997 borders), the route layers from the content, and place labels.
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
    sources: {
      basemap: { type: "geojson", data: opts.basemapUrl },
      [LINES_SOURCE]: { type: "geojson", data: linesGeoJson(data, opts.lens), promoteId: "id" },
      places: { type: "geojson", data: placesGeoJson(data) },
      [USER_SOURCE]: { type: "geojson", data: userLinesGeoJson(opts.userRoutes ?? []), promoteId: "id" },
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
      ...content.routes.flatMap((route) => routeLayers(route, content, visible[route.id] ?? true, scale)),
      ...(opts.userRoutes ?? []).flatMap((route) => userRouteLayers(route, visible[route.id] ?? true, scale)),
      {
        id: "country-labels",
        type: "symbol",
        source: "places",
        filter: isKind("country"),
        layout: {
          "text-field": ["get", "label"],
          "text-font": ["noto-sans-regular"],
          "text-size": size(12, 18),
          "text-letter-spacing": 0.18,
          // Country names always show (a lesson needs them) and never push a place name away.
          "text-allow-overlap": true,
          "text-ignore-placement": true,
        },
        paint: { "text-color": PALETTE.countryText, "text-halo-color": PALETTE.land, "text-halo-width": 1.5 },
      },
      {
        id: "sea-labels",
        type: "symbol",
        source: "places",
        filter: isKind("sea"),
        layout: {
          "text-field": ["get", "label"],
          "text-font": ["noto-sans-regular"],
          "text-size": size(12, 17),
          "text-letter-spacing": 0.12,
          "text-max-width": 6,
        },
        paint: { "text-color": PALETTE.seaText, "text-halo-color": PALETTE.water, "text-halo-width": 1.5 },
      },
      {
        id: "place-dots",
        type: "circle",
        source: "places",
        filter: isKind(...MARKED_PLACES),
        paint: {
          "circle-radius": ["match", ["get", "kind"], "capital", 5, 4],
          "circle-color": ["match", ["get", "kind"], "capital", "#ffffff", PALETTE.placeText],
          "circle-stroke-color": PALETTE.placeText,
          "circle-stroke-width": ["match", ["get", "kind"], "capital", 2, 1],
        },
      },
      {
        id: "place-labels",
        type: "symbol",
        source: "places",
        filter: isKind(...MARKED_PLACES),
        layout: {
          "text-field": ["get", "label"],
          "text-font": [
            "match",
            ["get", "kind"],
            "capital",
            ["literal", ["noto-sans-bold"]],
            ["literal", ["noto-sans-regular"]],
          ],
          "text-size": size(13, 17),
          "text-variable-anchor": ["left", "right", "top", "bottom"],
          "text-radial-offset": 0.6,
          "text-justify": "auto",
          "text-padding": 2,
        },
        paint: { "text-color": PALETTE.placeText, "text-halo-color": "#ffffff", "text-halo-width": 1.8 },
      },
    ],
  };
}
