import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { drawnRoutes, expect, routes, test } from "./fixtures";

/** A context of its own: the shared guard's request routing would sit in front of the service worker. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return { context, page };
}

async function ready(page: Page) {
  await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
}

async function installed(page: Page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state === "activated" && navigator.serviceWorker.controller !== null;
  });
}

test.describe("offline after the first visit", () => {
  test("with the network gone, a reload still shows the map, the routes, the details and the slides", async ({
    browser,
  }) => {
    const { context, page } = await freshPage(browser);
    await page.goto("/");
    await ready(page);
    await installed(page);

    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await expect.poll(() => drawnRoutes(page)).toEqual(routes.map((r) => r.id));
    const labels = await page.evaluate(
      () =>
        window.__caspianMap?.queryRenderedFeatures({ layers: ["place-labels", "end-labels", "key-place-labels"] })
          .length,
    );
    expect(labels).toBeGreaterThan(5);
    await page.getByRole("button", { name: routes[2].name, exact: true }).click();
    await expect(page.getByRole("article", { name: routes[2].name })).toContainText(routes[2].article.obstacle);
    await page.locator("body").press("Escape");
    await page.locator("body").press("p");
    await expect(page.locator(".present-bar .progress")).toHaveText(/Slide 1 of \d+/);
    await page.keyboard.press("PageDown");
    await expect(page.locator(".present-bar .progress")).toHaveText(/Slide 2 of \d+/);
    await page.goto("/?slide=iran-route&step=1");
    await expect(page.locator(".present-panel")).toContainText(routes[0].article.obstacle);

    // Adding a route works offline too: the import worker and the basemap come from the cache.
    await page.goto("/");
    await ready(page);
    await page.getByRole("button", { name: "Add a route" }).click();
    await page
      .getByRole("dialog", { name: "Add a route from a GeoJSON file" })
      .locator('input[type="file"]')
      .setInputFiles(resolve(import.meta.dirname, "../fixtures/gas-line.geojson"));
    await expect(
      page.getByText(/1 line from gas-line\.geojson, approx\. [\d,]+ km in all, crossing Turkmenistan/),
    ).toBeVisible();
    await context.close();
  });

  test("a new version is picked up on the next visit, and a notice offers to reload", async ({ browser }) => {
    const { context, page } = await freshPage(browser);
    await page.goto("/");
    await ready(page);
    await installed(page);
    const cachesBefore = await page.evaluate(() => caches.keys());

    // Deploy a "new version" on the server: the same files under another build id.
    const swPath = resolve(import.meta.dirname, "../../dist/sw.js");
    const original = readFileSync(swPath, "utf8");
    try {
      writeFileSync(swPath, original.replace(/caspian-routes-[0-9a-f]+/, "caspian-routes-newbuild000"));
      // The next visit: the browser checks for a new worker (update() is what a navigation does).
      await page.reload();
      await ready(page);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.getByRole("status").filter({ hasText: "A new version of Caspian Routes is ready" });
      await expect(notice).toBeVisible();
      await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload now" }).click()]);
      await ready(page);
      await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(["caspian-routes-newbuild000"]);
      expect(cachesBefore).not.toContain("caspian-routes-newbuild000");
    } finally {
      writeFileSync(swPath, original);
      await context.close();
    }
  });
});
