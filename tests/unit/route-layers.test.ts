import { describe, expect, it } from "vitest";
import { content } from "../../src/content/content";
import type { BuiltData, RouteContent } from "../../src/content/schema";
import { stepDay } from "../../src/content/timeline";
import data from "../../src/generated/data.json" with { type: "json" };
import { LINE_STYLES } from "../../src/map/line-styles";
import { allRouteLayerIds, routeLabelLayers, routeLayers, routeSourceIds } from "../../src/map/route-layers";
import { buildStyle } from "../../src/map/style";

const route = content.routes[0] as RouteContent;
/** Every layer of a built-in route: its lines, and its labels (which the style puts higher up). */
const everyLayer = (visible: boolean) => [
  ...routeLayers(route, visible),
  ...Object.values(routeLabelLayers(route, content as never, visible)),
];

describe("route layers", () => {
  it("builds every layer id from the route id", () => {
    const layers = everyLayer(true);
    expect(layers.map((l) => l.id).sort()).toEqual(allRouteLayerIds(route.id).sort());
    for (const l of layers) expect(l.id).toContain(route.id);
  });

  it("a toggle hides the lines by layer opacity, the rest by visibility, and changes nothing else", () => {
    const shown = everyLayer(true);
    const hidden = everyLayer(false);
    // Both kinds are here: the line and its casing, and the symbol layers.
    expect(hidden.filter((l) => l.type === "line").map((l) => l.id)).toEqual([
      `route-${route.id}-casing`,
      `route-${route.id}-line`,
    ]);
    expect(hidden.filter((l) => l.type === "symbol").length).toBe(4);
    const shownProperty = (l: (typeof shown)[number]) =>
      l.type === "line" ? [l.paint?.["line-layer-opacity"], l.layout?.visibility] : l.layout?.visibility;
    // A line layer stays laid out (no visibility), drawn at layer opacity 0 or 1.
    expect(hidden.map(shownProperty)).toEqual(hidden.map((l) => (l.type === "line" ? [0, undefined] : "none")));
    expect(shown.map(shownProperty)).toEqual(shown.map((l) => (l.type === "line" ? [1, undefined] : "visible")));
    const strip = (ls: typeof shown) =>
      ls.map((l) =>
        l.type === "line"
          ? { ...l, paint: { ...l.paint, "line-layer-opacity": undefined } }
          : { ...l, layout: { ...l.layout, visibility: undefined } },
      );
    expect(strip(hidden)).toEqual(strip(shown));
  });

  it("draws each route from sources of its own, holding its lines alone, in its colour", () => {
    // Showing or hiding a symbol layer lays out the whole source again: one route's, only. The
    // lines' source is drawn by line layers alone, whose toggles change no layout: a layout
    // change there, with a date's new data, left old lines on the map (route-layers.ts).
    const style = buildStyle({
      data: data as unknown as BuiltData,
      content: content as never,
      visible: {},
      lens: { day: stepDay(content.timeline[0] as never), byCapacity: false },
      scale: 1,
      basemapUrl: "/basemap",
      glyphsUrl: "/{fontstack}/{range}.pbf",
    });
    for (const r of content.routes) {
      const ids = routeSourceIds(r.id);
      const layers = style.layers.filter((l) => allRouteLayerIds(r.id).includes(l.id));
      expect(layers.length).toBe(allRouteLayerIds(r.id).length);
      for (const l of layers) {
        const source = "source" in l ? l.source : null;
        if (l.type === "line") expect(source).toBe(ids.lines);
        else expect([ids.marks, ids.name]).toContain(source);
      }
      // The symbols along the lines draw from a copy of the same lines.
      expect(style.sources[ids.marks]).toEqual(style.sources[ids.lines]);
      const lines = style.sources[ids.lines];
      const features =
        lines?.type === "geojson" && typeof lines.data === "object" && "features" in lines.data
          ? lines.data.features
          : [];
      expect(features.length).toBeGreaterThan(0);
      for (const f of features) expect(f.properties?.route).toBe(r.id);
    }
    const [, line] = routeLayers(route, true);
    expect(line.type === "line" && line.paint?.["line-color"]).toBe(route.colour);
  });

  it("gives every line style a distinct dash", () => {
    const dashes = Object.values(LINE_STYLES).map((s) => JSON.stringify(s.dash));
    expect(new Set(dashes).size).toBe(dashes.length);
  });
});
