import along from "@turf/along";
import turfBbox from "@turf/bbox";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import length from "@turf/length";
import type { Feature, LineString } from "geojson";
import type { LineStats } from "../content/schema";
import type { CountryFeature } from "./basemap";

/** Spacing of the samples taken along a line to find the countries it crosses, in km. */
const SAMPLE_KM = 2;
/** How far from a coastal endpoint (a port in the water at this scale) to look for land, in degrees (≈ 10 km). */
const COAST_SEARCH_DEG = 0.1;

type BBox = [number, number, number, number];

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
export function lineStats(line: Feature<LineString>, countries: CountryFeature[]): LineStats {
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
  return { drawnKm: Math.round(drawnKm), countries: sequence };
}
