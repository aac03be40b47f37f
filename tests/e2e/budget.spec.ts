import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { BASELINE_PORT } from "../../playwright.config";
import { expect, test } from "./fixtures";

const root = resolve(import.meta.dirname, "../..");

/** gzip bytes of what a first visit fetched, as a static host would serve it (read from the build). */
function gzipBytes(urls: string[], dir: string): number {
  const paths = new Set(urls.map((u) => new URL(u).pathname).map((p) => (p.endsWith("/") ? `${p}index.html` : p)));
  let total = 0;
  for (const p of paths) total += gzipSync(readFileSync(join(dir, decodeURIComponent(p))), { level: 9 }).length;
  return total;
}

// A first visit: no offline cache yet (it downloads everything again once the map has drawn).
test.use({ serviceWorkers: "block" });

// A size budget, not a timing: the bytes are the same on any machine.
test("a first visit transfers at most 1.15 × what the bare MapLibre baseline does (gzip)", async ({ page, guard }) => {
  const visit = async (url: string) => {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("caspian:first-idle").length > 0);
    await page.waitForLoadState("networkidle");
    return guard.requests.filter((u) => new URL(u).origin === new URL(url).origin);
  };
  const app = gzipBytes(await visit("http://127.0.0.1:4173/"), join(root, "dist"));
  const baseline = gzipBytes(await visit(`http://127.0.0.1:${BASELINE_PORT}/`), join(root, "dist-baseline"));
  console.log(`first load, gzip: app ${app} B, baseline ${baseline} B, ratio ${(app / baseline).toFixed(3)}`);
  // Issue 16's budget. The app carries the poster (about 16 KB) and React; it saves on the map's
  // files: label glyphs subset to the labels' characters, the basemap packed (src/map/).
  expect(app / baseline).toBeLessThanOrEqual(1.15);
  // Both pages drew the same map from the same data, so the comparison is fair.
  expect(baseline).toBeGreaterThan(400 * 1024);
});
