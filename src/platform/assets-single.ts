import embedded from "virtual:caspian-embedded";
import { addProtocol } from "maplibre-gl";
import mapWorkerCode from "maplibre-gl/dist/maplibre-gl-worker.mjs?raw";
import importWorkerUrl from "../import/import-worker.ts?worker&url";
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

// Taken before React changes the page: "Download this app" saves exactly what was opened.
const opened = `<!doctype html>\n${document.documentElement.outerHTML}`;

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

function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

let protocolAdded = false;
/**
 * MapLibre's requests for "embedded://<path>", answered on the main thread from the parsed data
 * (no 165 KB data: URL for the basemap to decode twice).
 */
function embeddedHref(path: string): string {
  if (!protocolAdded) {
    addProtocol("embedded", async ({ url }) => {
      const file = embedded[url.slice("embedded://".length)];
      if (file === undefined) throw new Error(`${url} is not inside this file`);
      return { data: typeof file === "string" ? JSON.parse(file) : bytes(file.base64).buffer };
    });
    protocolAdded = true;
  }
  return `embedded://${path}`;
}

export const basemapHref = () => dataHref("generated/basemap.geojson", "application/json");
export const mapBasemapHref = () => embeddedHref("generated/basemap.geojson");
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
