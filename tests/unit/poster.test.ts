import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { BuiltData } from "../../src/content/schema";
import generated from "../../src/generated/data.json";
import { fittedBox, framePadding } from "../../src/map/frame";
import { buildPoster, NARROW_MAP_BELOW, simplify } from "../../src/map/poster";

const data = generated as unknown as BuiltData;
const basemap = JSON.parse(readFileSync("public/generated/basemap.geojson", "utf8")) as FeatureCollection;

describe("fittedBox (MapLibre's fitBounds inside maxBounds)", () => {
  const bounds = [0.4, 0.3, 0.5, 0.37];
  const max = [0.3, 0.2, 0.6, 0.45];
  const none = { top: 0, bottom: 0, left: 0, right: 0 };

  it("fits the bounds in the padded box, centred, at the larger of the two scales that fit", () => {
    const box = fittedBox(1000, 500, framePadding(1000, 500, 1), bounds, max);
    const pad = framePadding(1000, 500, 1);
    expect(box.width).toBeLessThanOrEqual(1000 - pad.left - pad.right + 1e-9);
    expect(box.height).toBeCloseTo(500 - pad.top - pad.bottom);
    expect(box.left + box.width / 2).toBeCloseTo(500);
    expect(box.top + box.height / 2).toBeCloseTo(250);
  });

  it("zooms in rather than show anything outside maxBounds, and moves the centre inside it", () => {
    // A wide, short map: at the fitted scale it would show past maxBounds' east and west edges.
    const box = fittedBox(2000, 200, none, bounds, [0.35, 0.2, 0.6, 0.45]);
    expect(box.scale).toBeCloseTo(2000 / 0.25);
    // maxBounds' west edge (0.35) is at the map's left edge: the bounds start 0.05 units in.
    expect(box.left).toBeCloseTo(0.05 * box.scale);
  });
});

describe("simplify (Douglas–Peucker)", () => {
  it("drops points within the tolerance and keeps the ends and the corners", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 5],
      [4, 0],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
  });
});

describe("the poster of the opening view", () => {
  const poster = buildPoster(data, data.content, basemap);

  it("draws every route and names it, hidden from screen readers", () => {
    for (const route of data.content.routes) {
      expect(poster.markup).toContain(`data-route="${route.id}"`);
      expect(poster.markup).toContain(`>${route.mapLabel}</span>`);
    }
    expect(poster.markup).toMatch(/^<div class="map-poster" id="map-poster" aria-hidden="true"/);
  });

  it("has no style attribute, which the page's CSP would refuse", () => {
    expect(poster.markup).not.toMatch(/ style=/);
  });

  it("places every name by a rule of its own stylesheet, at a percentage of the frame", () => {
    const ids = [...poster.markup.matchAll(/<span id="(map-poster-name-\d+)"/g)].map((m) => m[1]);
    // The four route names, the key places, the Caspian and the countries that find room.
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(poster.css).toMatch(new RegExp(`#${id}\\{left:-?[\\d.]+%;top:-?[\\d.]+%;transform:`));
    // A route's name is turned along its line and in the route's colour, as on the live map.
    const route = data.content.routes[1];
    const id = new RegExp(`<span id="(map-poster-name-\\d+)"[^>]*>${route.mapLabel}</span>`).exec(poster.markup)?.[1];
    expect(poster.css).toMatch(new RegExp(`#${id}\\{[^}]*rotate\\(-?[\\d.]+deg\\)[^}]*color:${route.colour}\\}`));
  });

  it("places names for a 1024 × 768 screen's map too, each set shown on its own side of one width", () => {
    const names = (cls: string) =>
      [...poster.markup.matchAll(new RegExp(`<span id="[^"]+" class="[^"]*${cls}[^"]*">([^<]+)`, "g"))].map(
        (m) => m[1],
      );
    // Some names move or give way on the smaller map; most stay where they are on both.
    expect(names("is-wide-only").length).toBeGreaterThan(0);
    expect(names("is-narrow-only").length).toBeGreaterThan(0);
    expect(names("is-wide-only").length + names("is-narrow-only").length).toBeLessThan(
      names("map-poster-name").length / 2,
    );
    // The stylesheet switches at the same width.
    const css = readFileSync("src/styles.css", "utf8");
    expect(css).toContain(
      `@container map-poster not (min-width: ${NARROW_MAP_BELOW}px) {\n  .map-poster-name.is-wide-only {`,
    );
    expect(css).toContain(
      `@container map-poster (min-width: ${NARROW_MAP_BELOW}px) {\n  .map-poster-name.is-narrow-only {`,
    );
  });

  it("frames the opening bounds at their Web Mercator aspect ratio", () => {
    // 53° of longitude by 28–54° N: wider than tall once projected.
    expect(poster.ratio).toBeGreaterThan(1.4);
    expect(poster.ratio).toBeLessThan(1.6);
  });
});

describe("the packed basemap the live map loads", () => {
  it("unpacks to the very same GeoJSON, in about half the bytes once compressed", async () => {
    const { packBasemap, unpackBasemap } = await import("../../src/map/basemap-pack");
    const { gzipSync } = await import("node:zlib");
    const packed = packBasemap(basemap);
    expect(unpackBasemap(JSON.parse(JSON.stringify(packed)))).toEqual(basemap);
    const gz = (x: unknown) => gzipSync(JSON.stringify(x), { level: 9 }).length;
    expect(gz(packed)).toBeLessThan(gz(basemap) * 0.6);
  });
});
