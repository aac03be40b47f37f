import { describe, expect, it } from "vitest";
import { CROWDED_GAP_PX, crowdedBelowZoom } from "../../src/map/crowding";
import { MAP_MAX_ZOOM } from "../../src/map/display-simplify";
import { FINE_LINE_WIDTH, routeLayerIds, userRouteLayers } from "../../src/map/route-layers";
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
});
