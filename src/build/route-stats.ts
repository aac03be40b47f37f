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

/** Web Mercator's y for a latitude in degrees, in longitude-degree units (for on-screen angles). */
function mercatorY(lat: number): number {
  return (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
}

/** Steepest a route's name is turned to follow its line, in degrees. */
const MAX_NAME_ANGLE = 30;

/**
 * Where a route's name goes on the map: on its longest line (in km), at the point between 30%
 * and 70% of the way along that lies farthest from `places` (the names every view must show, so
 * the route's name crowds none of them) and from `rings` (the capitals' rings every view draws,
 * which do not choose the name's side), turned to run with the line there (degrees clockwise from the horizontal on a
 * north-up Mercator map, kept between -90 and 90 so the text is never upside down) and set above
 * it ("bottom" anchor); a steeper line's name is level, to its right ("left" anchor). A point
 * label always fits, where a label that follows a short, bending line often finds no room and is
 * silently left out.
 */
export function routeLabelAnchor(
  lines: readonly Feature<LineString>[],
  places: readonly PlaceFeature[] = [],
  rings: readonly PlaceFeature[] = [],
): {
  coordinates: [number, number];
  angle: number;
  anchor: "bottom" | "top" | "left" | "right";
} {
  let longest = lines[0];
  let best = -1;
  for (const line of lines) {
    const km = length(line, { units: "kilometers" });
    if (km > best) {
      best = km;
      longest = line;
    }
  }
  const at = (km: number) =>
    along(longest, Math.max(0, Math.min(best, km)), { units: "kilometers" }).geometry.coordinates;
  const stops = places.filter((p) => p.properties.kind !== "country");
  const room = (pt: number[]) =>
    Math.min(
      Number.POSITIVE_INFINITY,
      ...[...stops, ...rings].map((p) => distance(pt, p.geometry.coordinates, { units: "kilometers" })),
    );
  let chosen = best / 2;
  let most = -1;
  for (let f = 0.3; f <= 0.701; f += 0.05) {
    const r = room(at(best * f));
    if (r > most) {
      most = r;
      chosen = best * f;
    }
  }
  // The direction over ±10% of the line around the point (at least 5 km), which smooths bends.
  const span = Math.max(5, best * 0.1);
  const mid = at(chosen);
  const a = at(chosen - span);
  const b = at(chosen + span);
  // Screen y grows downwards; Mercator y grows northwards.
  let angle = (Math.atan2(-(mercatorY(b[1]) - mercatorY(a[1])), b[0] - a[0]) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle <= -90) angle += 180;
  const coordinates: [number, number] = [Math.round(mid[0] * 1e4) / 1e4, Math.round(mid[1] * 1e4) / 1e4];
  // The nearest place that must be named, in screen-like axes (x east, y south, Mercator).
  let near: number[] | null = null;
  let nearKm = Number.POSITIVE_INFINITY;
  for (const p of stops) {
    const km = distance(mid, p.geometry.coordinates, { units: "kilometers" });
    if (km < nearKm) {
      nearKm = km;
      near = p.geometry.coordinates;
    }
  }
  const dx = near ? near[0] - mid[0] : 0;
  const dy = near ? -(mercatorY(near[1]) - mercatorY(mid[1])) : 1;
  // A steep line gets its name level, beside it (turned text takes the room of its whole
  // bounding box when labels compete for space), on the side away from that place.
  if (Math.abs(angle) > MAX_NAME_ANGLE) return { coordinates, angle: 0, anchor: dx > 0 ? "right" : "left" };
  // Which side of the line the place is on: the cross product of the line's direction and the
  // way to the place. Text above the line ("bottom" anchor) unless the place is above it.
  const rad = (angle * Math.PI) / 180;
  const above = Math.cos(rad) * dy - Math.sin(rad) * dx < 0;
  return { coordinates, angle: Math.round(angle * 10) / 10, anchor: above ? "top" : "bottom" };
}

/** A route's end this close to a key place reads as that place at the region's scale, in km. */
const NEAR_KEY_KM = 60;

/**
 * Which place names a view must keep: 0 for places the content marks as key (Baku, Tbilisi, the
 * Caspian), 1 for a route's outer ends, where its oil leaves the route (a line ends there and no
 * line of the route goes on: Novorossiysk, Ceyhan, Kharg Island…) unless a key place is right
 * beside it (Sangachal, by Baku), 2 for the rest. The map places lower ranks first, so they win
 * any collision.
 */
export function placeRanks(
  places: readonly PlaceFeature[],
  lines: readonly { properties: { route: string; from: string | null; to: string | null } }[],
): number[] {
  const ends = new Set<string>();
  const routes = new Set(lines.map((l) => l.properties.route));
  for (const route of routes) {
    const own = lines.filter((l) => l.properties.route === route);
    const froms = new Set(own.map((l) => l.properties.from));
    for (const l of own) if (l.properties.to && !froms.has(l.properties.to)) ends.add(l.properties.to);
  }
  const keys = places.filter((p) => p.properties.key);
  const nearKey = (p: PlaceFeature) =>
    keys.some((k) => distance(p.geometry.coordinates, k.geometry.coordinates, { units: "kilometers" }) < NEAR_KEY_KM);
  return places.map((p) => (p.properties.key ? 0 : ends.has(p.properties.name) && !nearKey(p) ? 1 : 2));
}
