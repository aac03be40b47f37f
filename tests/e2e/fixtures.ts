import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { content } from "../../src/content/content";

export { expect };
export const routes = content.routes;

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

type Guard = { requests: string[] };

/**
 * Every test: aborts and records any request to another host, and fails on console errors or
 * uncaught exceptions, so "nothing leaves the page's origin" and "no errors" hold everywhere.
 */
export const test = base.extend<{ guard: Guard; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose (for example a refused inline script). */
  allowedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, context, allowedConsoleErrors }, use) => {
      const external: string[] = [];
      const errors: string[] = [];
      const requests: string[] = [];
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        requests.push(url.href);
        // The one-file app opens from file://, which is on this machine too.
        if (LOCAL_HOSTS.has(url.hostname) || url.protocol === "file:") return route.continue();
        external.push(url.href);
        return route.abort();
      });
      page.on("console", (m) => {
        if (m.type() === "error" && !allowedConsoleErrors.some((re) => re.test(m.text()))) errors.push(m.text());
        // MapLibre only warns when a style image (a flow arrow) is missing, and the map then lacks it.
        if (m.type() === "warning" && /Image ".*" could not be loaded/.test(m.text())) errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
      await use({ requests });
      expect(external, "requests that left the page's origin").toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the app and waits until the map has loaded and drawn. */
export async function openApp(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
  await page.waitForFunction(() => {
    const map = window.__caspianMap;
    return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
  });
}

/** Waits for the camera to settle after a flight. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__caspianMap;
    return !!map && !map.isMoving() && map.loaded();
  });
}

/**
 * Waits until the map has drawn a frame after now and gone idle: camera, tiles and label
 * placement all reflect what the page has just done.
 */
export async function drawnAndIdle(page: Page): Promise<void> {
  await settle(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__caspianMap;
        if (!map) return resolve();
        map.once("idle", () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * How many pixels of the map canvas are close to a colour (squared RGB distance under 900):
 * what a person sees of a route, measured on the canvas itself.
 */
export async function pixelsOfColour(page: Page, hex: string): Promise<number> {
  return page.evaluate((hex) => {
    const map = window.__caspianMap;
    if (!map) return -1;
    map.triggerRepaint();
    const canvas = map.getCanvas();
    const off = document.createElement("canvas");
    off.width = canvas.width;
    off.height = canvas.height;
    const ctx = off.getContext("2d");
    if (!ctx) return -1;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, off.width, off.height);
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      const d = (data[i] - r) ** 2 + (data[i + 1] - g) ** 2 + (data[i + 2] - b) ** 2;
      if (d < 900) n++;
    }
    return n;
  }, hex);
}

/** Route ids whose line features are drawn on the map right now. */
export async function drawnRoutes(page: Page, ids: string[] = routes.map((r) => r.id)): Promise<string[]> {
  return page.evaluate((ids) => {
    const map = window.__caspianMap;
    if (!map) return [];
    // A hidden route's lines stay laid out at layer opacity 0 (route-layers.ts), which
    // queryRenderedFeatures still finds.
    const layers = ids
      .map((id) => `route-${id}-line`)
      .filter((l) => map.getLayer(l) && map.getPaintProperty(l, "line-layer-opacity") !== 0);
    const found = new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.route)));
    return ids.filter((id) => found.has(id));
  }, ids);
}

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe-core with the WCAG 2.x A and AA rules: the violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // A run that checked nothing would pass anything.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
