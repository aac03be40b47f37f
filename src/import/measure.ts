import turfBbox from "@turf/bbox";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { importedLineStats, prepareCountries } from "../build/route-stats";
import type { UserLine } from "../store/user-route";
import type { Position } from "./validate";

export type CountryShape = Feature<Polygon | MultiPolygon, { name: string; id: string }>;

/** Country polygons from the embedded basemap (its features of kind "country"). */
export function countriesOf(basemap: { features: { properties?: { kind?: string } | null }[] }): CountryShape[] {
  return basemap.features.filter((f) => f.properties?.kind === "country") as unknown as CountryShape[];
}

/** Most country tests one import may make: keeps a 20 MB file to seconds, not minutes. */
const MAX_SAMPLES = 200_000;
/** Finest sample spacing along imported lines, in km (the build uses 2 km for its own). */
const MIN_SAMPLE_KM = 5;

/**
 * Length and countries crossed for each imported line, with the same Turf code the build uses
 * for the built-in routes (lengths geodesic in km; countries by their 1997 borders). Samples
 * are spaced so the whole file costs at most MAX_SAMPLES point-in-polygon tests.
 */
export function measureLines(
  lines: { name: string | null; coordinates: Position[] }[],
  countries: CountryShape[],
  idPrefix: string,
  onProgress?: (done: number) => void,
): UserLine[] {
  const prepared = prepareCountries(countries);
  // A first pass at the coarsest spacing gives the total length, to size the real spacing.
  const roughKm = lines.reduce(
    (sum, l) => sum + importedLineStats(l.coordinates, { countries: [], boxes: [] }, 1e9).drawnKm,
    0,
  );
  const sampleKm = Math.max(MIN_SAMPLE_KM, roughKm / MAX_SAMPLES);
  return lines.map((l, i) => {
    const stats = importedLineStats(l.coordinates, prepared, sampleKm);
    if (i % 10 === 9) onProgress?.(i + 1);
    return {
      id: `${idPrefix}-${i + 1}`,
      name: l.name,
      coordinates: l.coordinates,
      drawnKm: Math.round(stats.drawnKm),
      countries: stats.countries,
    };
  });
}

/** [west, south, east, north] around lines, in degrees. */
export function boundsOf(lines: { coordinates: Position[] }[]): [number, number, number, number] {
  return turfBbox({
    type: "FeatureCollection",
    features: lines.map((l) => ({
      type: "Feature",
      properties: {},
      geometry: { type: "LineString", coordinates: l.coordinates },
    })),
  }) as [number, number, number, number];
}
