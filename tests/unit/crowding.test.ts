import { describe, expect, it } from "vitest";
import { CROWDED_GAP_PX, crowdedBelowZoom, THIN_CELL_PX, thinnedFromZoom } from "../../src/map/crowding";
import { MAP_MAX_ZOOM, mercatorY } from "../../src/map/display-simplify";
import {
  FINE_LINE_WIDTH,
  routeLayerIds,
  THINNED_FILTER,
  userLinesGeoJson,
  userRouteLayers,
} from "../../src/map/route-layers";
import { bigImportCollection } from "../fixtures/big-import";

type Line = { coordinates: [number, number][] };

/** `count` lines along the equator from 40°E to 60°E, `gap` degrees of latitude apart. */
const parallel = (count: number, gap: number): Line[] =>
  Array.from({ length: count }, (_, i) => ({
    coordinates: [
      [40, i * gap],
      [60, i * gap],
    ],
  }));

describe("crowded imported routes", () => {
  it("finds where parallel lines part: CROWDED_GAP_PX apart on screen", () => {
    // 0.1° at the equator is 0.1 / 360 × 512 px at zoom 0: 12 px at zoom log2(12 / 0.1422) ≈ 6.4.
    const expected = Math.log2(CROWDED_GAP_PX / ((0.1 / 360) * 512));
    expect(crowdedBelowZoom(parallel(30, 0.1))).toBeCloseTo(expected, 0);
    // Ten times as far apart, they part 3.3 zoom levels sooner.
    expect(crowdedBelowZoom(parallel(30, 1))).toBeCloseTo(expected - Math.log2(10), 0);
  });

  it("the 15 MB file's 3,000 tracks crowd at every zoom the map allows", () => {
    const lines = bigImportCollection().features.map((f) => f.geometry as unknown as Line);
    expect(crowdedBelowZoom(lines)).toBeGreaterThan(MAP_MAX_ZOOM);
  });

  it("a few lines, or one path in many pieces, never crowd", () => {
    expect(crowdedBelowZoom(parallel(5, 0.001))).toBe(0);
    const pieces: Line[] = Array.from({ length: 60 }, (_, i) => ({
      coordinates: [
        [40 + i * 0.5, 42 + (i % 2) * 0.01],
        [40.5 + i * 0.5, 42 + ((i + 1) % 2) * 0.01],
      ],
    }));
    expect(crowdedBelowZoom(pieces)).toBe(0);
  });

  it("crowded lines draw fine, without casing or arrows, until they part", () => {
    const route = { id: "tracks", name: "Tracks", colour: "#3949ab", dash: "operating" as const };
    const crowded = parallel(30, 0.1);
    const part = crowdedBelowZoom(crowded);
    const ids = routeLayerIds(route.id);
    const layers = userRouteLayers({ ...route, lines: crowded as never }, true);
    const byId = Object.fromEntries(layers.map((l) => [l.id, l]));
    expect(byId[ids.casing].minzoom).toBe(part);
    expect(byId[ids.arrows].minzoom).toBe(part);
    expect(byId[ids.line].minzoom).toBeUndefined();
    expect(byId[ids.label].minzoom).toBeUndefined();
    const line = byId[ids.line];
    const width = (line.type === "line" ? line.paint?.["line-width"] : null) as unknown[];
    // Interpolated on zoom: fine from zoom 0 to just below where they part, then the usual width.
    expect(width.slice(0, 3)).toEqual(["interpolate", ["linear"], ["zoom"]]);
    const [z0, fine, z1, fineAgain, z2, usual] = width.slice(3);
    expect([z0, z1, z2]).toEqual([0, part - 0.01, part]);
    expect(fineAgain).toEqual(fine);
    expect(JSON.stringify(fine).endsWith(`,${FINE_LINE_WIDTH}]]`)).toBe(true);
    expect(usual).not.toEqual(fine);
    // A route of a few lines keeps everything, at every zoom.
    const few = userRouteLayers({ ...route, lines: parallel(3, 0.1) as never }, true);
    for (const l of few) expect(l.minzoom).toBeUndefined();
  });

  it("a zoom leaves out crowded lines that would draw into pixels other lines fill", () => {
    // 400 lines along the equator, 0.001° apart: 0.0014 px at zoom 0, 0.5 px only at zoom 8.5.
    const lines = parallel(400, 0.001);
    const from = thinnedFromZoom(lines);
    if (!from) throw new Error("parallel lines this close should be thinned");
    const y = (i: number, zoom: number) => mercatorY(i * 0.001, 512 * 2 ** zoom);
    // At the opening view's tile zoom (3), a few lines stand for all 400 …
    const drawnAt = (zoom: number) => [...from.keys()].filter((i) => from[i] <= zoom);
    expect(drawnAt(3).length).toBeLessThan(40);
    expect(drawnAt(3).length).toBeGreaterThan(0);
    // … and at each tile zoom, each line left out lies within one grid cell of a line drawn,
    // at the top of the zoom's range (z + 1), where the lines lie farthest apart.
    for (let zoom = 0; zoom <= 6; zoom++) {
      const drawn = drawnAt(zoom);
      for (let i = 0; i < lines.length; i++) {
        if (from[i] <= zoom) continue;
        const nearest = Math.min(...drawn.map((j) => Math.abs(y(i, zoom + 1) - y(j, zoom + 1))));
        expect(nearest).toBeLessThan(THIN_CELL_PX);
      }
    }
    // Deeper, where they are more than a cell apart, every line is drawn.
    expect(drawnAt(9)).toHaveLength(400);
    // The map's data carries the zoom; the stored lines keep their every position.
    const geojson = userLinesGeoJson({ id: "tracks", name: "Tracks", lines: lines as never });
    expect(geojson.features.map((f) => f.properties.from)).toEqual([...from]);
    expect(lines[5].coordinates).toEqual([
      [40, 0.005],
      [60, 0.005],
    ]);
  });

  it("the 15 MB file draws at most a quarter of its tracks at the opening view's tile zoom", () => {
    const lines = bigImportCollection().features.map((f) => f.geometry as unknown as Line);
    const from = thinnedFromZoom(lines);
    expect(from?.filter((z) => z <= 3).length).toBeLessThan(3000 / 4);
  });

  it("a route that does not crowd is never thinned, and only a crowded route's layers filter", () => {
    expect(thinnedFromZoom(parallel(5, 0.001))).toBeNull();
    expect(thinnedFromZoom(parallel(30, 1))).toBeNull();
    const route = { id: "tracks", name: "Tracks", colour: "#3949ab", dash: "operating" as const };
    const ids = routeLayerIds(route.id);
    const filters = (lines: Line[]) =>
      Object.fromEntries(
        userRouteLayers({ ...route, lines: lines as never }, true).map((l) => [
          l.id,
          "filter" in l ? l.filter : undefined,
        ]),
      );
    const crowded = filters(parallel(400, 0.001));
    expect(crowded[ids.line]).toEqual(THINNED_FILTER);
    expect(crowded[ids.label]).toEqual(THINNED_FILTER);
    const few = filters(parallel(5, 0.001));
    expect(few[ids.line]).toBeUndefined();
    expect(few[ids.label]).toBeUndefined();
  });
});
