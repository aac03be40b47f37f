import embedded from "virtual:caspian-embedded";
import type { FeatureCollection } from "geojson";
import { addProtocol } from "maplibre-gl";
import mapWorkerCode from "maplibre-gl/dist/maplibre-gl-worker.mjs?raw";
import importWorkerUrl from "../import/import-worker.ts?worker&url";
import { type PackedBasemap, unpackBasemap } from "../map/basemap-pack";
import { FULL_FONTS, LABEL_FONTS } from "../map/label-fonts";
import type * as Hosted from "./assets";

/**
 * Where the app's files come from in the one-file build (npm run build:single): from inside the
 * HTML file itself, which opens from file:// where nothing can be fetched. A file:// page has an
 * opaque origin, and Chromium will not start a worker from its blob: URLs, so both workers start
 * from data: URLs (MapLibre does so itself there), and the files they read are data: URLs too.
 * Label glyphs come through a MapLibre protocol, since their URL is a template. Same exports as
 * assets.ts, which vite.config.ts swaps for this one.
 */

export const ONE_FILE = true;

// Taken before React changes the page: "Download this app" saves exactly what was opened. The
// poster's placement (styles set by its script, which the file's CSP allows only through the
// CSSOM) is left out: the copy's own script places it again.
const opened = (() => {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll("#map-poster, #map-poster [style]")) el.removeAttribute("style");
  return `<!doctype html>\n${copy.outerHTML}`;
})();

const hrefs = new Map<string, string>();
/** A data: URL for an embedded text file (made once, on first use). */
function dataHref(path: string, type: string, text = embedded[path]): string {
  let href = hrefs.get(path);
  if (!href) {
    if (typeof text !== "string") throw new Error(`${path} is not inside this file as text`);
    href = `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
    hrefs.set(path, href);
  }
  return href;
}

/** An embedded binary file's bytes: base64, then gunzipped by the browser. */
async function bytes(gzip64: string): Promise<ArrayBuffer> {
  const text = atob(gzip64);
  const zipped = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) zipped[i] = text.charCodeAt(i);
  return new Response(new Blob([zipped]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
}

let protocolAdded = false;
/**
 * MapLibre's requests for "embedded://<path>", answered on the main thread from the parsed data
 * (no 165 KB data: URL for the basemap to decode twice).
 */
function embeddedHref(path: string): string {
  if (!protocolAdded) {
    addProtocol("embedded", async ({ url }) => {
      // The built-in bold labels read the whole bold stack, which the file carries for typed names.
      const path = url.slice("embedded://".length).replace(`${LABEL_FONTS.bold}/`, `${FULL_FONTS.bold}/`);
      if (path === PACKED) return { data: basemap() };
      const file = embedded[path];
      if (file === undefined) throw new Error(`${url} is not inside this file`);
      return { data: typeof file === "string" ? JSON.parse(file) : await bytes(file.gzip64) };
    });
    protocolAdded = true;
  }
  return `embedded://${path}`;
}

const PACKED = "generated/basemap.packed.json";
let unpacked: FeatureCollection | null = null;
/** The basemap, unpacked once from the file. */
function basemap(): FeatureCollection {
  unpacked ??= unpackBasemap(JSON.parse(embedded[PACKED] as string) as PackedBasemap);
  return unpacked;
}
export const basemapHref = () => dataHref("generated/basemap.geojson", "application/json", JSON.stringify(basemap()));
export const mapBasemapHref = () => embeddedHref(PACKED);
export const glyphsHref = () => embeddedHref("generated/glyphs/{fontstack}/{range}.pbf");
export const factsHref = () => dataHref("facts.md", "text/markdown");
export const mapWorkerUrl = () => dataHref("maplibre-worker.mjs", "text/javascript", mapWorkerCode);

export function startImportWorker(): Worker {
  // The build puts the worker's code here as a data: URL (oneFilePage in one-file-plugin.ts).
  return new Worker(importWorkerUrl, { type: "module" });
}

export async function oneFileHtml(): Promise<string | { problem: string }> {
  return opened;
}

// The two modules must offer the same things.
({
  ONE_FILE,
  basemapHref,
  mapBasemapHref,
  glyphsHref,
  factsHref,
  mapWorkerUrl,
  startImportWorker,
  oneFileHtml,
}) satisfies Omit<typeof Hosted, "ONE_FILE"> & { ONE_FILE: boolean };
