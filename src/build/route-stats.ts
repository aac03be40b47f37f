import along from "@turf/along";
import turfBbox from "@turf/bbox";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import distance from "@turf/distance";
import length from "@turf/length";
import type { Feature, LineString } from "geojson";
import type { LineStats, PlaceFeature } from "../content/schema";
import type { CountryFeature } from "./basemap";

/** Spacing of the samples taken along a line to find the countries it crosses, in km. */
const SAMPLE_KM = 2;
/** How far from a coastal endpoint (a port in the water at this scale) to look for land, in degrees (≈ 10 km). */
const COAST_SEARCH_DEG = 0.1;

type BBox = [number, number, number, number];

/** A place counts as a line's start or end within this distance of the endpoint, in km. */
const END_KM = 40;
/** A place counts as passed on the way within this distance of a waypoint, in km. */
const VIA_KM = 40;
/** Kinds of place that name a line's ends and stops (not countries or seas). */
const STOP_KINDS = new Set(["field", "port", "terminal", "capital", "city"]);

/** The named places at each end of a line and along it, in order: its from, via and to. */
export function lineStops(line: Feature<LineString>, places: PlaceFeature[]): Pick<LineStats, "from" | "via" | "to"> {
  const coords = line.geometry.coordinates;
  const stops = places.filter((p) => STOP_KINDS.has(p.properties.kind));
  const km = (a: number[], b: number[]) => distance(a, b, { units: "kilometers" });
  const nearest = (pt: number[]) => {
    let best: { name: string; d: number } | null = null;
    for (const p of stops) {
      const d = km(pt, p.geometry.coordinates);
      if (d <= END_KM && (!best || d < best.d)) best = { name: p.properties.name, d };
    }
    return best?.name ?? null;
  };
  const from = nearest(coords[0]);
  const to = nearest(coords[coords.length - 1]);
  const via: { name: string; at: number }[] = [];
  for (const p of stops) {
    const name = p.properties.name;
    if (name === from || name === to) continue;
    const at = coords.findIndex((c, i) => i > 0 && i < coords.length - 1 && km(c, p.geometry.coordinates) <= VIA_KM);
    if (at >= 0) via.push({ name, at });
  }
  via.sort((a, b) => a.at - b.at);
  return { from, via: via.map((v) => v.name), to };
}

function countryAt(point: [number, number], countries: CountryFeature[], boxes: BBox[]): string | null {
  const [x, y] = point;
  for (let i = 0; i < countries.length; i++) {
    const [w, s, e, n] = boxes[i];
    if (x < w || x > e || y < s || y > n) continue;
    if (booleanPointInPolygon(point, countries[i])) return countries[i].properties.name;
  }
  return null;
}

function countryNear(point: [number, number], countries: CountryFeature[], boxes: BBox[]): string | null {
  const d = COAST_SEARCH_DEG;
  for (const [dx, dy] of [
    [0, 0],
    [d, 0],
    [-d, 0],
    [0, d],
    [0, -d],
    [d, d],
    [d, -d],
    [-d, d],
    [-d, -d],
  ]) {
    const found = countryAt([point[0] + dx, point[1] + dy], countries, boxes);
    if (found) return found;
  }
  return null;
}

/**
 * Drawn length (km, geodesic) and the countries a line passes through, in order, found by
 * sampling the line every SAMPLE_KM against the 1997 country polygons. Endpoints that fall
 * just offshore at this resolution (ports) are snapped to the nearest land.
 */
export function lineStats(
  line: Feature<LineString>,
  countries: CountryFeature[],
  places: PlaceFeature[] = [],
): LineStats {
  const boxes = countries.map((c) => turfBbox(c) as BBox);
  const drawnKm = length(line, { units: "kilometers" });
  const coords = line.geometry.coordinates;
  const first = coords[0] as [number, number];
  const last = coords[coords.length - 1] as [number, number];
  const sequence: string[] = [];
  const push = (name: string | null) => {
    if (name && sequence[sequence.length - 1] !== name) sequence.push(name);
  };
  push(countryNear(first, countries, boxes));
  for (let km = SAMPLE_KM; km < drawnKm; km += SAMPLE_KM) {
    const p = along(line, km, { units: "kilometers" }).geometry.coordinates as [number, number];
    push(countryAt(p, countries, boxes));
  }
  push(countryNear(last, countries, boxes));
  return { drawnKm: Math.round(drawnKm), countries: sequence, ...lineStops(line, places) };
}

/** Country polygons with their bounding boxes, prepared once for many lines. */
export type PreparedCountries = { countries: CountryFeature[]; boxes: BBox[] };

export function prepareCountries(countries: CountryFeature[]): PreparedCountries {
  return { countries, boxes: countries.map((c) => turfBbox(c) as BBox) };
}

/**
 * Length (km) and countries crossed for an imported line, which may be long and have many
 * positions: samples are spaced `sampleKm` apart along each segment, interpolated linearly
 * (segments in such files are short, so this stays within a sample of the geodesic path).
 */
export function importedLineStats(
  coords: [number, number][],
  prepared: PreparedCountries,
  sampleKm: number,
): { drawnKm: number; countries: string[] } {
  const { countries, boxes } = prepared;
  const sequence: string[] = [];
  const push = (name: string | null) => {
    if (name && sequence[sequence.length - 1] !== name) sequence.push(name);
  };
  push(countryNear(coords[0], countries, boxes));
  let drawnKm = 0;
  let carry = 0;
  for (let i = 1; i < coords.length; i++) {
    const [a, b] = [coords[i - 1], coords[i]];
    const d = distance(a, b, { units: "kilometers" });
    for (let at = sampleKm - carry; at < d; at += sampleKm) {
      const t = at / d;
      push(countryAt([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], countries, boxes));
    }
    carry = (carry + d) % sampleKm;
    drawnKm += d;
  }
  push(countryNear(coords[coords.length - 1], countries, boxes));
  return { drawnKm, countries: sequence };
}
