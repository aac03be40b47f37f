import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { countries1997 } from "../../src/build/basemap";
import { buildData, readGeoDir, validateProject } from "../../src/build/load-project";
import { content } from "../../src/content/content";
import { exportGeoJson } from "../../src/export/geojson";
import { makeRoute, newRouteId, routesFromExport } from "../../src/import/assemble";
import { measureLines } from "../../src/import/measure";
import { readGeoJson } from "../../src/import/validate";
import { mapSafeLabel } from "../../src/map/route-layers";

const project = validateProject({ content, geo: readGeoDir(resolve(import.meta.dirname, "../../geo")) });
const countries = countries1997();
const data = buildData(project, countries);
const builtIn = new Set(content.routes.map((r) => r.id));
const region = content.view.maxBounds;

/** Imports a file the way the dialog does: read, measure, assemble. */
function importText(text: string, taken: Set<string>) {
  const read = readGeoJson(text, region);
  if (!read.ok) throw new Error(read.message);
  const measured = measureLines(read.lines, countries as never, "line");
  return routesFromExport(
    measured.map((m, i) => ({ ...m, hints: read.lines[i].hints })),
    "caspian-routes.geojson",
    builtIn,
    taken,
  );
}

describe("export and import", () => {
  const lines = measureLines(
    [
      {
        name: "Gas line <b>bold</b>",
        coordinates: [
          [59.4, 37.6],
          [69.3, 41.3],
          [82.6, 45.2],
        ],
      },
      {
        name: null,
        coordinates: [
          [69.3, 41.3],
          [76.9, 43.2],
        ],
      },
    ],
    countries as never,
    "line",
  );
  const gas = makeRoute(
    { name: "Central Asia gas", colour: "#00796b", dash: "proposed", obstacle: "Three borders; “quotes” & <tags>." },
    lines,
    "gas.geojson",
    builtIn,
  );
  const notes = {
    iran: { text: "Ask: why would Washington object?", updated: "2026-11-29T10:00:00Z" },
    [gas.id]: { text: "Compare with the China oil line.", updated: "2026-11-29T10:01:00Z" },
  };

  it("measures an imported line's length and countries with the build's own code", () => {
    const crossed = gas.lines[0].countries;
    expect(crossed[0]).toBe("Turkmenistan");
    expect(crossed[crossed.length - 1]).toBe("China");
    expect(crossed).toContain("Kazakhstan");
    expect(gas.lines[0].drawnKm).toBeGreaterThan(2000);
    expect(gas.id).toBe("user-central-asia-gas");
  });

  it("all routes, built-in and imported, go out as one GeoJSON file and come back unchanged", () => {
    const first = exportGeoJson(project.content, data, [gas], notes);
    const back = importText(first, new Set(builtIn));
    expect(back.skippedBuiltIn).toBe(content.routes.length);
    expect(back.routes).toHaveLength(1);
    expect(back.routes[0]).toMatchObject({
      id: gas.id,
      name: gas.name,
      colour: gas.colour,
      dash: gas.dash,
      obstacle: gas.obstacle,
    });
    expect(back.routes[0].lines.map((l) => l.coordinates)).toEqual(gas.lines.map((l) => l.coordinates));
    expect(Object.keys(back.notes).sort()).toEqual(["iran", gas.id].sort());
    const second = exportGeoJson(project.content, data, back.routes, back.notes);
    expect(second).toBe(first);
  });

  it("the exported file is plain GeoJSON: a FeatureCollection of LineStrings, every built-in line included", () => {
    const parsed = JSON.parse(exportGeoJson(project.content, data, [gas], {}));
    expect(parsed.type).toBe("FeatureCollection");
    expect(parsed.features).toHaveLength(data.lines.features.length + gas.lines.length);
    for (const f of parsed.features) expect(f.geometry.type).toBe("LineString");
  });

  it("an id already in use gets a new one", () => {
    const first = exportGeoJson(project.content, data, [gas], {});
    const again = importText(first, new Set([...builtIn, gas.id]));
    expect(again.routes[0].id).toBe(`${gas.id}-2`);
    expect(newRouteId("Ölleitung – Süd", new Set())).toBe("user-olleitung-sud");
    expect(newRouteId("石油", new Set())).toBe("user-route");
  });

  it("words that name a plain object's own machinery are just words: a pattern, a route name, a label", () => {
    for (const word of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const file = JSON.stringify({
        type: "Feature",
        properties: { "caspian:route": "user-x", "caspian:routeName": word, "caspian:dash": word },
        geometry: {
          type: "LineString",
          coordinates: [
            [49.8, 40.4],
            [44.8, 41.7],
          ],
        },
      });
      const got = importText(file, new Set(builtIn));
      expect(got.routes[0].dash, word).toBe("operating");
      expect(got.routes[0].name, word).toBe(word);
      // MapLibre keys line labels by their text in a plain object: the label must not be one of its keys.
      expect(mapSafeLabel(word) in {}, word).toBe(false);
      expect(mapSafeLabel(word).trim(), word).toBe(word);
    }
  });
});
