import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DISPLAY_TOLERANCE_PX,
  displayCoordinates,
  MAP_MAX_ZOOM,
  simplifyForDisplay,
} from "../../src/map/display-simplify";
import { userLinesGeoJson } from "../../src/map/route-layers";
import type { UserRoute } from "../../src/store/user-route";

type P = [number, number];

/** Web Mercator px at the map's deepest zoom, worked out here independently of the module. */
function px([lon, lat]: readonly number[]): [number, number] {
  const size = 512 * 2 ** MAP_MAX_ZOOM;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** Distance in px from a position to a polyline, at the map's deepest zoom. */
function pxToLine(p: readonly number[], line: readonly (readonly number[])[]): number {
  const [x, y] = px(p);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = px(line[i - 1]);
    const [bx, by] = px(line[i]);
    const dx = bx - ax;
    const dy = by - ay;
    const l2 = dx * dx + dy * dy;
    const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / l2));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}

/** The test file of the browser test: a straight track of 300 positions (rounded to 5 decimals). */
const track = (i: number): P[] =>
  Array.from({ length: 300 }, (_, j) => [
    Number((40 + (j / 300) * 40 + (i % 7) * 0.01).toFixed(5)),
    Number((40 + (i / 3000) * 10).toFixed(5)),
  ]);

/** A wandering track in the region, as a GPS logs it: a few metres to a few km a step. */
const wandering = fc
  .tuple(
    fc.double({ min: 30, max: 90, noNaN: true }),
    fc.double({ min: 30, max: 55, noNaN: true }),
    fc.array(
      fc.tuple(fc.double({ min: -0.02, max: 0.02, noNaN: true }), fc.double({ min: -0.02, max: 0.02, noNaN: true })),
      // Stored lines have two positions or more.
      { minLength: 1, maxLength: 600 },
    ),
  )
  .map(([lon, lat, steps]) => {
    const line: P[] = [[lon, lat]];
    for (const [dx, dy] of steps) {
      const [x, y] = line[line.length - 1];
      line.push([x + dx, y + dy]);
    }
    return line;
  });

describe("imported lines thinned for the map", () => {
  it("draw within a quarter of a pixel of every position in the file, at the deepest zoom", () => {
    fc.assert(
      fc.property(wandering, (line) => {
        const thin = simplifyForDisplay(line);
        for (const p of line) expect(pxToLine(p, thin)).toBeLessThanOrEqual(DISPLAY_TOLERANCE_PX + 1e-6);
      }),
    );
  });

  it("keep a subset of the file's own positions, in order, first and last included, untouched", () => {
    fc.assert(
      fc.property(wandering, (line) => {
        const before = JSON.stringify(line);
        const thin = simplifyForDisplay(line);
        expect(thin[0]).toBe(line[0]);
        expect(thin[thin.length - 1]).toBe(line[line.length - 1]);
        // The same arrays, in the file's order: no number is rounded or moved.
        let at = -1;
        for (const p of thin) {
          const next = line.indexOf(p, at + 1);
          expect(next).toBeGreaterThan(at);
          at = next;
        }
        expect(JSON.stringify(line)).toBe(before);
      }),
    );
  });

  it("keeps a bend of a pixel and drops a wobble of a tenth of one (a pixel at zoom 9 is 0.00137° of longitude)", () => {
    const pxLon = 360 / (512 * 2 ** MAP_MAX_ZOOM);
    // Across the middle of an east–west line at 45°N, where a degree of latitude is 1/cos(45°)
    // times as many px as one of longitude.
    const bend = (offsetPx: number): P[] => [
      [50, 45],
      [50.5, 45 + offsetPx * pxLon * Math.cos(Math.PI / 4)],
      [51, 45],
    ];
    expect(simplifyForDisplay(bend(1))).toHaveLength(3);
    expect(simplifyForDisplay(bend(0.4))).toHaveLength(3);
    expect(simplifyForDisplay(bend(0.1))).toHaveLength(2);
  });

  it("thins a straight track of the 15 MB test file to its ends and the seam between its two pieces", () => {
    const line = track(3);
    expect(simplifyForDisplay(line)).toEqual([line[0], line[256], line[299]]);
  });

  it("leaves a two-position line as it is", () => {
    const line: P[] = [
      [49.8, 40.4],
      [44.8, 41.7],
    ];
    expect(simplifyForDisplay(line)).toEqual(line);
  });

  it("gets through a long line even at its worst, a zigzag", () => {
    // 15 m steps east, each 1 km north or south of the last: every corner is 10 px off at zoom 9,
    // so every position stays. Thinned whole, Douglas–Peucker would take n² steps here (minutes
    // for 200,000 positions, past the test's time limit); in pieces, a fraction of a second.
    const line: P[] = Array.from({ length: 200_000 }, (_, i) => [40 + i * 0.0002, 45 + (i % 2) * 0.01]);
    const thin = simplifyForDisplay(line);
    expect(thin).toHaveLength(200_000);
    expect(thin[thin.length - 1]).toBe(line[line.length - 1]);
  });

  it("thins a long line within the tolerance across the seams between its pieces", () => {
    // 2,000 positions along a gentle curve: thinned in pieces of 256, checked as one line.
    const line: P[] = Array.from({ length: 2000 }, (_, i) => [50 + i * 0.001, 45 + Math.sin(i / 300) * 0.05]);
    const thin = simplifyForDisplay(line);
    expect(thin.length).toBeLessThan(200);
    for (const p of line) expect(pxToLine(p, thin)).toBeLessThanOrEqual(DISPLAY_TOLERANCE_PX + 1e-6);
  });

  it("thins each stored line once and hands back the same copy after that", () => {
    const line = track(1);
    const first = displayCoordinates(line);
    expect(displayCoordinates(line)).toBe(first);
    expect(displayCoordinates([...line])).not.toBe(first);
    expect(displayCoordinates([...line])).toEqual(first);
  });

  it("puts thinned lines in the map's source and leaves the route's own lines whole", () => {
    const route: UserRoute = {
      id: "user-tracks",
      name: "Tracks",
      colour: "#00796b",
      dash: "operating",
      obstacle: "",
      fileName: "tracks.geojson",
      bounds: [40, 40, 80.06, 50],
      lines: Array.from({ length: 30 }, (_, i) => ({
        id: `user-tracks-${i + 1}`,
        name: `Track ${i + 1}`,
        coordinates: track(i),
        drawnKm: 3000,
        countries: [],
      })),
    };
    const whole = JSON.stringify(route);
    const source = userLinesGeoJson(route);
    expect(source.features.map((f) => f.geometry.coordinates.length)).toEqual(route.lines.map(() => 3));
    expect(source.features.map((f) => f.properties.id)).toEqual(route.lines.map((l) => l.id));
    expect(JSON.stringify(route)).toBe(whole);
  });
});
