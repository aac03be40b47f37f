/**
 * The benchmark's floor: MapLibre drawing the same basemap, route layers and labels as the app,
 * from the same files, with nothing around it (no React, no panel, no app state).
 */
import "maplibre-gl/dist/maplibre-gl.css";
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { BuiltData } from "../../../src/content/schema";
import { stepDay } from "../../../src/content/timeline";
import generated from "../../../src/generated/data.json";
import { resolveFlowArrows } from "../../../src/map/flow-arrows";
import { assetUrl, buildStyle } from "../../../src/map/style";

const data = generated as unknown as BuiltData;
const base = import.meta.env.BASE_URL;
setWorkerUrl(workerUrl);
/**
 * The app's own style, but with the standard full Latin-1 glyph files a bare page would serve
 * (fontnik's output): subsetting the glyphs to the labels' characters is the app's own saving,
 * which the bench reports separately (tests/bench/run.ts).
 */
const fullGlyphs = <T>(style: T): T => JSON.parse(JSON.stringify(style).replaceAll('-labels"', '"')) as T;
const map = new MapLibreMap({
  container: "map",
  style: fullGlyphs(
    buildStyle({
      data,
      content: data.content,
      visible: Object.fromEntries(data.content.routes.map((r) => [r.id, true])),
      lens: { day: stepDay(data.content.timeline[0]), byCapacity: false },
      scale: 1,
      basemapUrl: assetUrl(base, "generated/basemap.geojson", location.origin),
      glyphsUrl: assetUrl(base, "generated/glyphs/{fontstack}/{range}.pbf", location.origin),
    }),
  ),
  bounds: [
    [data.content.view.bounds[0], data.content.view.bounds[1]],
    [data.content.view.bounds[2], data.content.view.bounds[3]],
  ],
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
// The same flow arrows as the app, so both pages draw the same map.
resolveFlowArrows(map);
map.once("idle", () => performance.mark("caspian:first-idle"));
window.__caspianMap = map;
