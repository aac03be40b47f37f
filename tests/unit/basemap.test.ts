import { readFileSync } from "node:fs";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { buildBasemap, CRIMEA_POINT, countries1997, REGION_BBOX } from "../../src/build/basemap";

const countries = countries1997();
const countryAt = (p: [number, number]) =>
  countries.filter((c) => booleanPointInPolygon(p, c)).map((c) => c.properties.name);

describe("the 1997 basemap", () => {
  it("puts Crimea in Ukraine, as it was in November 1997", () => {
    expect(countryAt(CRIMEA_POINT)).toEqual(["Ukraine"]);
    expect(countryAt([33.5, 44.6])).toEqual(["Ukraine"]); // Sevastopol
  });

  it("leaves the rest of Russia and Ukraine where they were", () => {
    expect(countryAt([37.62, 55.75])).toEqual(["Russia"]); // Moscow
    expect(countryAt([30.52, 50.45])).toEqual(["Ukraine"]); // Kyiv
    expect(countryAt([37.77, 44.75])).toEqual(["Russia"]); // Novorossiysk
  });

  it("shows the Caspian and Black Seas as water (no country there)", () => {
    expect(countryAt([51.0, 42.0])).toEqual([]);
    expect(countryAt([34.0, 43.0])).toEqual([]);
  });

  const basemap = buildBasemap();
  const polygons = basemap.features.filter((f) => f.properties?.kind === "country") as Feature<
    Polygon | MultiPolygon
  >[];

  it("is clipped to the region and small enough to embed", () => {
    const [w, s, e, n] = REGION_BBOX;
    const coords = JSON.stringify(basemap.features.map((f) => f.geometry));
    expect(coords.length).toBeLessThan(400_000);
    for (const f of polygons) {
      const flat = (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);
      for (const [x, y] of flat) {
        expect(x).toBeGreaterThanOrEqual(w);
        expect(x).toBeLessThanOrEqual(e);
        expect(y).toBeGreaterThanOrEqual(s);
        expect(y).toBeLessThanOrEqual(n);
      }
    }
  });

  it("keeps Crimea in Ukraine after simplification too", () => {
    const ukraine = polygons.find((f) => f.properties?.name === "Ukraine");
    const russia = polygons.find((f) => f.properties?.name === "Russia");
    expect(ukraine && booleanPointInPolygon(CRIMEA_POINT, ukraine)).toBe(true);
    expect(russia && booleanPointInPolygon(CRIMEA_POINT, russia)).toBe(false);
  });

  it("keeps Russia's land up to the region's north edge, across the whole width", () => {
    // Russia's ring crosses the antimeridian at about 65°N; clipped as it comes, that jump cut a
    // band of sea across the top of the map.
    const russia = polygons.find((f) => f.properties?.name === "Russia");
    const north = REGION_BBOX[3];
    for (const lon of [45, 60, 80, 100]) {
      expect(russia && booleanPointInPolygon([lon, north - 0.2], russia), `${lon}°E`).toBe(true);
    }
  });

  it("draws land borders", () => {
    expect(basemap.features.some((f) => f.properties?.kind === "border")).toBe(true);
  });
});

describe("country labels", () => {
  it("each sits inside the country it names (1997 borders)", () => {
    const places = JSON.parse(readFileSync(new URL("../../geo/places.geojson", import.meta.url), "utf8"));
    for (const f of places.features.filter((p: { properties: { kind: string } }) => p.properties.kind === "country")) {
      expect(
        countryAt(f.geometry.coordinates).map((n) => n.toUpperCase()),
        f.properties.name,
      ).toEqual([f.properties.name]);
    }
  });
});
