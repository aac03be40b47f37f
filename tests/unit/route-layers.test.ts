import { describe, expect, it } from "vitest";
import { content } from "../../src/content/content";
import type { RouteContent } from "../../src/content/schema";
import { LINE_STYLES } from "../../src/map/line-styles";
import { allRouteLayerIds, routeLabelLayers, routeLayers } from "../../src/map/route-layers";

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

  it("sets visibility from the toggle and nothing else", () => {
    const shown = everyLayer(true);
    const hidden = everyLayer(false);
    expect(hidden.map((l) => l.layout?.visibility)).toEqual(hidden.map(() => "none"));
    expect(shown.map((l) => l.layout?.visibility)).toEqual(shown.map(() => "visible"));
    const strip = (ls: typeof shown) => ls.map((l) => ({ ...l, layout: { ...l.layout, visibility: undefined } }));
    expect(strip(hidden)).toEqual(strip(shown));
  });

  it("filters each layer to the route's own lines and paints them in its colour", () => {
    const [, line] = routeLayers(route, true);
    expect(line.type === "line" && line.filter).toEqual(["==", ["get", "route"], route.id]);
    expect(line.type === "line" && line.paint?.["line-color"]).toBe(route.colour);
  });

  it("gives every line style a distinct dash", () => {
    const dashes = Object.values(LINE_STYLES).map((s) => JSON.stringify(s.dash));
    expect(new Set(dashes).size).toBe(dashes.length);
  });
});
