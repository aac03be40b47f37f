import type { Feature, LineString } from "geojson";
import { describe, expect, it } from "vitest";
import type { CountryFeature } from "../../src/build/basemap";
import { lineStats } from "../../src/build/route-stats";

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

describe("lineStats", () => {
  it("lists countries in the order the line crosses them, skipping the sea", () => {
    expect(
      lineStats(
        line([
          [0.5, 0],
          [4.5, 0],
        ]),
        countries,
      ).countries,
    ).toEqual(["Westland", "Eastland"]);
    expect(
      lineStats(
        line([
          [4.5, 0],
          [0.5, 0],
        ]),
        countries,
      ).countries,
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
      lineStats(
        line([
          [2.05, 0],
          [3.5, 0],
        ]),
        countries,
      ).countries,
    ).toEqual(["Westland", "Eastland"]);
  });

  it("counts a country once when the line stays in it", () => {
    expect(
      lineStats(
        line([
          [0.2, 0],
          [1.0, 0.5],
          [1.8, -0.5],
        ]),
        countries,
      ).countries,
    ).toEqual(["Westland"]);
  });
});
