import type { Feature, LineString } from "geojson";
import { describe, expect, it } from "vitest";
import type { CountryFeature } from "../../src/build/basemap";
import { lineStats, lineStops, routeLabelAnchor } from "../../src/build/route-stats";
import type { PlaceFeature } from "../../src/content/schema";

/** Two square countries on the equator, 1° apart with a strait of sea between them. */
function square(name: string, west: number): CountryFeature {
  const e = west + 2;
  return {
    type: "Feature",
    properties: { name, id: name },
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [west, -1],
          [e, -1],
          [e, 1],
          [west, 1],
          [west, -1],
        ],
      ],
    },
  };
}
const countries = [square("Westland", 0), square("Eastland", 3)];
const line = (coords: [number, number][]): Feature<LineString> => ({
  type: "Feature",
  properties: {},
  geometry: { type: "LineString", coordinates: coords },
});

const place = (name: string, kind: PlaceFeature["properties"]["kind"], at: [number, number]): PlaceFeature => ({
  type: "Feature",
  properties: { name, kind },
  geometry: { type: "Point", coordinates: at },
});

type Coords = [number, number][];
const crossed = (coords: Coords) => lineStats(line(coords), countries).countries;

describe("lineStats", () => {
  it("lists countries in the order the line crosses them, skipping the sea", () => {
    expect(
      crossed([
        [0.5, 0],
        [4.5, 0],
      ]),
    ).toEqual(["Westland", "Eastland"]);
    expect(
      crossed([
        [4.5, 0],
        [0.5, 0],
      ]),
    ).toEqual(["Eastland", "Westland"]);
  });

  it("measures the drawn length geodesically in km (4° of the equator ≈ 445 km)", () => {
    expect(
      lineStats(
        line([
          [0.5, 0],
          [4.5, 0],
        ]),
        countries,
      ).drawnKm,
    ).toBeCloseTo(445, -1);
  });

  it("snaps an endpoint just offshore to the nearest land (ports at this scale)", () => {
    expect(
      crossed([
        [2.05, 0],
        [3.5, 0],
      ]),
    ).toEqual(["Westland", "Eastland"]);
  });

  it("counts a country once when the line stays in it", () => {
    expect(
      crossed([
        [0.2, 0],
        [1.0, 0.5],
        [1.8, -0.5],
      ]),
    ).toEqual(["Westland"]);
  });
});

describe("lineStops", () => {
  const places = [
    place("Start", "port", [0.5, 0.1]),
    place("Middle", "city", [2.5, 0.2]),
    place("Aside", "city", [2.5, 3]),
    place("End", "terminal", [4.5, 0]),
    place("WESTLAND", "country", [1, 0]),
  ];

  it("names the places at each end and those passed on the way, in order, ignoring country labels", () => {
    expect(
      lineStops(
        line([
          [0.5, 0],
          [2.5, 0],
          [4.5, 0],
        ]),
        places,
      ),
    ).toEqual({ from: "Start", via: ["Middle"], to: "End" });
    expect(
      lineStops(
        line([
          [4.5, 0],
          [2.5, 0],
          [0.5, 0],
        ]),
        places,
      ),
    ).toEqual({ from: "End", via: ["Middle"], to: "Start" });
  });

  it("leaves an end unnamed when no place is near it", () => {
    expect(
      lineStops(
        line([
          [0.5, 0],
          [9, 9],
        ]),
        places,
      ),
    ).toEqual({ from: "Start", via: [], to: null });
  });
});

describe("routeLabelAnchor", () => {
  // A level line 10° long on the equator; its name goes between 30% and 70% of the way along.
  const level = line([
    [0, 0],
    [10, 0],
  ]);
  const east = (anchor: ReturnType<typeof routeLabelAnchor>) => anchor.coordinates[0];

  it("keeps the name away from a capital's ring, without letting the ring choose its side", () => {
    // A place that must be named, below the line near its west end: the name goes east of it,
    // above the line ("bottom" anchor).
    const named = [place("Port", "port", [2, -0.5])];
    const alone = routeLabelAnchor([level], named);
    expect(east(alone)).toBeCloseTo(7, 0);
    expect(alone.anchor).toBe("bottom");
    // A capital's ring just above that spot: the name moves back along the line, and stays above it.
    const ring = [place("Capital", "capital", [7, 0.3])];
    const clear = routeLabelAnchor([level], named, ring);
    expect(east(clear)).toBeGreaterThan(4);
    expect(east(clear)).toBeLessThan(6);
    expect(clear.anchor).toBe("bottom");
  });
});
