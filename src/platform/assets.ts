import { addProtocol } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { type PackedBasemap, unpackBasemap } from "../map/basemap-pack";
import { assetUrl } from "../map/style";

/**
 * Where the app's files come from in the hosted build: beside index.html, under its base path.
 * The one-file build (npm run build:single) swaps this module for assets-single.ts, which has
 * the same exports and reads everything from inside the file itself.
 */

/** True in the one-file build. */
export const ONE_FILE = false;

const at = (path: string) => assetUrl(import.meta.env.BASE_URL, path, window.location.origin);

/** The basemap's GeoJSON (countries, borders, seas), as a URL MapLibre's worker can fetch. */
export const basemapHref = () => at("generated/basemap.geojson");
let packedProtocol = false;
/**
 * The basemap for the live map's style: the packed copy (half the bytes of the GeoJSON, see
 * src/map/basemap-pack.ts), fetched and unpacked on the main thread when MapLibre asks for it
 * through the "packed://" protocol. (The one-file build answers MapLibre differently.)
 */
export function mapBasemapHref(): string {
  if (!packedProtocol) {
    addProtocol("packed", async ({ url }, abort) => {
      const r = await fetch(at(url.slice("packed://".length)), { signal: abort.signal });
      if (!r.ok) throw new Error(`The basemap could not be loaded (${r.status}).`);
      return { data: unpackBasemap((await r.json()) as PackedBasemap) };
    });
    packedProtocol = true;
  }
  return "packed://generated/basemap.packed.json";
}
/** The label glyphs' URL template ({fontstack} and {range} filled in by MapLibre). */
export const glyphsHref = () => at("generated/glyphs/{fontstack}/{range}.pbf");
/** The numbered bibliography behind every sourced status. */
export const factsHref = () => at("facts.md");
/** MapLibre's own worker script. */
export const mapWorkerUrl = () => workerUrl;

/** The worker that reads and measures imported files and lessons off the main thread. */
export function startImportWorker(): Worker {
  return new Worker(new URL("../import/import-worker.ts", import.meta.url), { type: "module" });
}

/**
 * The whole app as one HTML file, as "Download this app" saves it: the hosted build keeps a copy
 * beside index.html (npm run build makes it). When it cannot be had, the reason in plain words.
 */
export async function oneFileHtml(): Promise<string | { problem: string }> {
  let r: Response;
  try {
    r = await fetch(at("caspian-routes.html"));
  } catch {
    // It is fetched from the site when asked for, not kept for offline use (it is 3 MB).
    return {
      problem: "The app file could not be downloaded: the site cannot be reached just now. Try again when online.",
    };
  }
  if (!r.ok)
    return {
      problem: `This copy of the app was built without its one-file version (HTTP ${r.status}). Whoever set it up can add it with "npm run build".`,
    };
  return r.text();
}
