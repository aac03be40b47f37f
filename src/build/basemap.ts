import { createRequire } from "node:module";
import bboxClip from "@turf/bbox-clip";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import * as topojson from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type {
  GeometryCollection,
  Topology,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from "topojson-specification";

const require = createRequire(import.meta.url);

/**
 * Region kept on the map: [west, south, east, north] in degrees; wider than the opening view so
 * panning (and a laptop's view with the key beside the routes) finds land. Its edges keep out
 * borders that were not borders in November 1997: west of 23°E, Yugoslavia's later splits
 * (Montenegro, Kosovo); south of 12.5°N, Sudan's (South Sudan, 2011). North, 66°N: a slide's map
 * column is taller than wide, and a map cannot zoom out past these edges, so the region's width
 * (with the names at its ends) fits only if there is this much north to show; beyond it Russia's
 * Arctic coast would add bytes for no place on the map. Every imported line is measured against it.
 */
export const REGION_BBOX: [number, number, number, number] = [24, 13, 115, 66];

/** A point inside Crimea, used to find its polygon (research brief, "Borders of November 1997"). */
export const CRIMEA_POINT: [number, number] = [34.1, 45.0];

/** ISO 3166 numeric codes used by world-atlas. */
const RUSSIA = "643";
const UKRAINE = "804";

type CountryProps = { name: string };
type CountryGeometry = (TopoPolygon<CountryProps> | TopoMultiPolygon<CountryProps>) & { id?: string | number };
type CountryTopology = Topology<{ countries: GeometryCollection<CountryProps>; land: GeometryCollection }>;

export function loadWorldAtlas(): CountryTopology {
  // A fresh copy each call: the 1997 border fix edits geometries in place.
  return structuredClone(require("world-atlas/countries-50m.json")) as CountryTopology;
}

function polygonsOf(g: CountryGeometry): number[][][] {
  return g.type === "Polygon" ? [g.arcs] : g.arcs;
}

/**
 * Natural Earth draws Crimea inside Russia. In November 1997 it was part of Ukraine:
 * move that polygon from Russia's multipolygon to Ukraine's. Returns the edited topology.
 */
export function applyBordersOf1997(topology: CountryTopology): CountryTopology {
  const geoms = topology.objects.countries.geometries as CountryGeometry[];
  const russia = geoms.find((g) => String(g.id) === RUSSIA);
  const ukraine = geoms.find((g) => String(g.id) === UKRAINE);
  if (!russia || !ukraine) throw new Error("world-atlas: Russia or Ukraine missing from countries-50m");
  const russianPolygons = polygonsOf(russia);
  const crimeaIndex = russianPolygons.findIndex((arcs) => {
    const poly = topojson.feature(topology, { type: "Polygon", arcs, properties: {} }) as Feature<Polygon>;
    return booleanPointInPolygon(CRIMEA_POINT, poly);
  });
  if (crimeaIndex < 0) return topology; // Already fixed upstream: nothing to move.
  const [crimea] = russianPolygons.splice(crimeaIndex, 1);
  const ukrainePolygons = polygonsOf(ukraine);
  Object.assign(russia, { type: "MultiPolygon", arcs: russianPolygons });
  Object.assign(ukraine, { type: "MultiPolygon", arcs: [...ukrainePolygons, crimea] });
  return topology;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string; id: string }>;

/** Full-resolution country polygons with 1997 borders, for computing which countries a line crosses. */
export function countries1997(): CountryFeature[] {
  const topology = applyBordersOf1997(loadWorldAtlas());
  const fc = topojson.feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    CountryProps
  >;
  return fc.features.map((f) => ({ ...f, properties: { name: f.properties.name, id: String(f.id) } }));
}

/** Rounds every coordinate of a geometry; 2 decimals ≈ 1 km, under a pixel at the zooms used. */
function roundGeometry<G extends Polygon | MultiPolygon | LineString | MultiLineString>(g: G, decimals: number): G {
  const k = 10 ** decimals;
  const walk = (v: unknown): unknown => (typeof v === "number" ? Math.round(v * k) / k : (v as unknown[]).map(walk));
  return { ...g, coordinates: walk(g.coordinates) } as G;
}

/**
 * world-atlas keeps longitudes in −180…180, so Russia's ring jumps from 180°E to 180°W where it
 * crosses the antimeridian at the Bering Strait, about 65°N. Clipped as planar polygons, that
 * jump is an edge straight across the region at 65°N, and all land north of it would vanish.
 * A ring that jumps by more than 180° of longitude gets its western longitudes shifted by 360°,
 * so it runs on past 180°E and the clip cuts it cleanly.
 */
export function unwrapAntimeridian<G extends Polygon | MultiPolygon>(g: G): G {
  const unwrap = (ring: Position[]): Position[] =>
    ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)
      ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y])
      : ring;
  return (
    g.type === "Polygon"
      ? { ...g, coordinates: g.coordinates.map(unwrap) }
      : { ...g, coordinates: g.coordinates.map((poly) => poly.map(unwrap)) }
  ) as G;
}

function intersectsBox(f: Feature, [w, s, e, n]: number[]): boolean {
  let hit = false;
  const visit = (v: unknown): void => {
    if (hit || !Array.isArray(v)) return;
    if (typeof v[0] === "number") {
      const [x, y] = v as number[];
      if (x >= w && x <= e && y >= s && y <= n) hit = true;
    } else v.forEach(visit);
  };
  if (f.geometry && "coordinates" in f.geometry) visit(f.geometry.coordinates);
  return hit;
}

/**
 * The embedded basemap: country polygons (kind "country") and land borders (kind "border")
 * for the region, simplified with topology kept (shared borders stay shared) and clipped.
 * Seas and the Caspian are simply where no country is; the style paints the background as water.
 */
export function buildBasemap(): FeatureCollection {
  const topology = applyBordersOf1997(loadWorldAtlas());
  // Planar triangle areas in square degrees: 3e-3 deg² (about 30 km² here) drops detail finer than a few pixels at zoom 6.
  const simplified = simplify(
    presimplify(topology as unknown as Parameters<typeof presimplify>[0]),
    3e-3,
  ) as unknown as CountryTopology;
  const countries = topojson.feature(simplified, simplified.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    CountryProps
  >;
  const borders = topojson.mesh(simplified, simplified.objects.countries, (a, b) => a !== b) as MultiLineString;

  const features: Feature[] = [];
  for (const c of countries.features) {
    // Test before clipping: bboxClip of a far-away country yields degenerate rings along the box.
    if (!intersectsBox(c, REGION_BBOX)) continue;
    const clipped = bboxClip({ ...c, geometry: unwrapAntimeridian(c.geometry) }, REGION_BBOX);
    features.push({
      type: "Feature",
      properties: { kind: "country", name: c.properties.name },
      geometry: roundGeometry(clipped.geometry, 2),
    });
  }
  const clippedBorders = bboxClip(
    { type: "Feature", properties: {}, geometry: borders } as Feature<MultiLineString>,
    REGION_BBOX,
  );
  const borderGeometry = clippedBorders.geometry as LineString | MultiLineString;
  features.push({ type: "Feature", properties: { kind: "border" }, geometry: roundGeometry(borderGeometry, 2) });
  return { type: "FeatureCollection", features };
}
