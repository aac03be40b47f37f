import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { newRouteId } from "../../src/import/assemble";
import { routeLayerIds, routeSourceIds } from "../../src/map/route-layers";
import { cases } from "../corpus/import-cases";
import { bigImportCollection } from "../fixtures/big-import";
import { axeViolations, drawnAndIdle, drawnRoutes, expect, openApp, pixelsOfColour, routes, test } from "./fixtures";

const GAS = resolve(import.meta.dirname, "../fixtures/gas-line.geojson");
const TEAL = "#00796b";
const INDIGO = "#3949ab";
const gasId = newRouteId("Central Asia–China gas line (sketch)", new Set());

type FileInput = { name: string; mimeType: string; buffer: Buffer };
const file = (name: string, content: string | Uint8Array): FileInput => ({
  name,
  mimeType: "application/geo+json",
  buffer: Buffer.from(content),
});

const importDialog = (page: Page) => page.getByRole("dialog", { name: "Add a route from a GeoJSON file" });

async function chooseFile(page: Page, input: string | FileInput) {
  if (!(await importDialog(page).isVisible())) await page.getByRole("button", { name: "Add a route" }).click();
  await importDialog(page).locator('input[type="file"]').setInputFiles(input);
}

/** Imports the gas line fixture with the defaults, as a teacher would. */
async function addGasLine(page: Page) {
  await chooseFile(page, GAS);
  await expect(importDialog(page).getByRole("heading", { name: "Describe the route" })).toBeFocused();
  await importDialog(page).getByLabel("What stands in its way (your note)").fill("Crosses four borders.");
  await importDialog(page).getByRole("button", { name: "Add the route" }).click();
  await expect(importDialog(page)).toHaveCount(0);
  await expect.poll(() => drawnRoutes(page, [gasId])).toEqual([gasId]);
}

/** Waits until the saved state holds (or no longer holds) a route. */
async function savedRouteIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const req = indexedDB.open("caspian-routes", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("saved");
        req.onsuccess = () => {
          const get = req.result.transaction("saved").objectStore("saved").get("current");
          get.onsuccess = () => resolve(get.result?.routes ?? []);
          get.onerror = () => resolve([]);
        };
        req.onerror = () => resolve([]);
      }),
  );
}

test.describe("a teacher's own routes", () => {
  test("a GeoJSON file becomes a route: drawn, toggled, detailed, in the table and the slides", async ({ page }) => {
    await openApp(page);
    await addGasLine(page);
    expect(await pixelsOfColour(page, TEAL)).toBeGreaterThan(150);

    // Its detail: marked as the teacher's, with the length and countries measured on import.
    const detail = page.getByRole("article", { name: "Central Asia–China gas line (sketch)" });
    await expect(detail).toContainText("Added by you — not in the article");
    await expect(detail).toContainText("Crosses four borders.");
    await expect(detail).toContainText(/1 line, approx\. 2,\d{3} km/);
    // One line has room for its casing and arrows: nothing to explain.
    await expect(detail).not.toContainText("lie so close together");
    await expect(detail).toContainText("Kazakhstan");

    // The same toggle as the built-in routes: checkbox and key 5.
    const box = page.getByRole("checkbox", { name: "Show Central Asia–China gas line (sketch)" });
    await box.uncheck();
    await expect.poll(() => pixelsOfColour(page, TEAL)).toBeLessThan(20);
    await page.locator("body").press("5");
    await expect(box).toBeChecked();
    await expect.poll(() => pixelsOfColour(page, TEAL)).toBeGreaterThan(150);

    // The routes table has a column and rows for it.
    await page.getByRole("button", { name: "Routes table" }).click();
    const table = page.getByRole("dialog", { name: "Routes table" });
    await expect(
      table.getByRole("columnheader", { name: /Central Asia–China gas line \(sketch\) added by you/ }),
    ).toBeVisible();
    await expect(table.getByRole("table", { name: /Every line/ })).toContainText(
      "Central Asia–China gas line (sketch)",
    );
    await page.keyboard.press("Escape");

    // The presentation gives it a slide after the article's routes, marked as the teacher's.
    await page.getByRole("button", { name: "Present" }).click();
    // Title, oil, then the article's routes; the teacher's route comes next.
    await page.keyboard.type(String(routes.length + 3));
    await page.keyboard.press("Enter");
    await expect(page.locator(".slide-title")).toHaveText("Central Asia–China gas line (sketch)");
    await expect(page.getByText("Added by your teacher: not in the article")).toBeVisible();
    await expect.poll(() => drawnRoutes(page, [gasId, ...routes.map((r) => r.id)])).toEqual([gasId]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("an added route can be renamed, recoloured and deleted; the map follows", async ({ page }) => {
    await openApp(page);
    await addGasLine(page);
    const detail = page.locator("#route-detail");
    await detail.getByText("Edit this route").click();
    await detail.getByLabel("Name").fill("Gas to China");
    // Line and arrows change colour in the same frame (both paint properties): every frame drawn
    // after the change is read, and the first one in indigo has no teal left. (When the arrows
    // were one image per colour, 388 teal pixels stayed for 4 frames, about 0.3 s, while the
    // worker laid them out again.)
    await page.evaluate(
      ([indigo, teal]) => {
        const map = window.__caspianMap;
        if (!map) throw new Error("no map");
        const frames: number[][] = [];
        (window as unknown as { __frames: number[][] }).__frames = frames;
        const count = (data: Uint8ClampedArray, hex: string) => {
          const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
          let n = 0;
          for (let i = 0; i < data.length; i += 4)
            if ((data[i] - r) ** 2 + (data[i + 1] - g) ** 2 + (data[i + 2] - b) ** 2 < 900) n++;
          return n;
        };
        map.on("render", () => {
          const canvas = map.getCanvas();
          const ctx = Object.assign(document.createElement("canvas"), {
            width: canvas.width,
            height: canvas.height,
          }).getContext("2d");
          if (!ctx) return;
          ctx.drawImage(canvas, 0, 0);
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          frames.push([count(data, indigo), count(data, teal)]);
        });
      },
      [INDIGO, TEAL],
    );
    await detail.getByRole("radio", { name: "Indigo" }).check();
    await expect(page.getByRole("checkbox", { name: "Show Gas to China" })).toBeChecked();
    await expect.poll(() => pixelsOfColour(page, INDIGO)).toBeGreaterThan(150);
    await expect.poll(() => pixelsOfColour(page, TEAL)).toBeLessThan(20);
    const frames = await page.evaluate(() => (window as unknown as { __frames: number[][] }).__frames);
    const firstIndigo = frames.find(([indigo]) => indigo > 150);
    expect(firstIndigo, "a frame drawn in indigo").toBeDefined();
    expect(firstIndigo?.[1], "teal pixels left in the first indigo frame").toBeLessThan(20);
    await detail.getByRole("button", { name: "Delete this route…" }).click();
    await detail.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.locator(".route-item")).toHaveCount(routes.length);
    await expect.poll(() => pixelsOfColour(page, INDIGO)).toBeLessThan(20);
    await expect.poll(() => savedRouteIds(page)).toEqual([]);
    await expect(page.getByRole("status").filter({ hasText: "deleted" })).toHaveText("Gas to China deleted");
  });

  test("drop a file on the map, or paste its text", async ({ page }) => {
    await openApp(page);
    const text = readFileSync(GAS, "utf8");
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.geojson", { type: "application/geo+json" }));
      const target = document.querySelector(".map-stage");
      target?.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
      target?.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await expect(importDialog(page).getByRole("heading", { name: "Describe the route" })).toBeVisible();
    await expect(importDialog(page)).toContainText("1 line from dropped.geojson");
    expect(await axeViolations(page)).toEqual([]);
    await importDialog(page).getByRole("button", { name: "Cancel", exact: true }).click();

    await importDialog(page).getByLabel("…or paste GeoJSON text:").fill(text.replace("(sketch)", "(pasted)"));
    await importDialog(page).getByRole("button", { name: "Read the pasted text" }).click();
    await expect(importDialog(page).getByLabel("Name")).toHaveValue("Central Asia–China gas line (pasted)");
    await importDialog(page).getByRole("button", { name: "Add the route" }).click();
    await expect(page.getByRole("checkbox", { name: "Show Central Asia–China gas line (pasted)" })).toBeChecked();
  });

  test("every malformed or hostile file in the corpus is refused with its message; saved routes stay", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openApp(page);
    await addGasLine(page);
    await expect.poll(() => savedRouteIds(page)).toEqual([gasId]);
    const refused = cases.filter((c) => "refused" in c);
    expect(refused.length).toBeGreaterThanOrEqual(40);
    for (const c of refused) {
      if (!("refused" in c)) continue;
      const input = typeof c.input === "function" ? c.input() : c.input;
      await chooseFile(page, file(`${c.name}.geojson`, input));
      const refusal = importDialog(page).getByTestId("import-refused");
      await expect(refusal, c.name).toBeVisible();
      await expect(refusal.locator(".refusal"), c.name).toHaveText(c.refused);
      await expect(refusal).toContainText("Nothing from this file was added.");
      if (c === refused[0]) expect(await axeViolations(page)).toEqual([]);
      await importDialog(page).getByRole("button", { name: "Choose another file" }).click();
    }
    await importDialog(page)
      .getByRole("button", { name: /^Close/ })
      .click();
    // Nothing was added, the app still works, and the saved route is intact after a reload.
    await expect(page.locator(".route-item")).toHaveCount(routes.length + 1);
    await page.getByRole("checkbox", { name: routes[0].name }).uncheck();
    await expect.poll(() => drawnRoutes(page)).not.toContain(routes[0].id);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Show Central Asia–China gas line (sketch)" })).toBeChecked();
    expect(await savedRouteIds(page)).toEqual([gasId]);
  });

  test("a file with some bad features is imported without them only when the teacher agrees", async ({ page }) => {
    await openApp(page);
    const mixed = cases.find((c) => c.name === "some bad features among good ones");
    if (!mixed || typeof mixed.input !== "string") throw new Error("corpus case missing");
    await chooseFile(page, file("mixed.geojson", mixed.input));
    const ask = importDialog(page).getByTestId("import-partial");
    await expect(ask).toContainText(
      "2 parts of the file have problems (listed below) and would be left out; 1 line is fine.",
    );
    await expect(ask).toContainText("feature 2 (“Depot”): geometry.type: is a point");
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByRole("button", { name: "Cancel: import nothing" }).click();
    await chooseFile(page, file("mixed.geojson", mixed.input));
    await importDialog(page).getByRole("button", { name: "Import the 1 good line without them" }).click();
    await importDialog(page).getByRole("button", { name: "Add the route" }).click();
    await expect(page.getByRole("article", { name: "Test line" })).toContainText("1 line, approx.");
  });

  test("swapped coordinates are noticed, and swapped only when the teacher agrees", async ({ page }) => {
    await openApp(page);
    const lonLat = [
      [51.9, 47.1],
      [57.2, 50.3],
      [76.9, 43.2],
      [116.4, 39.9],
    ];
    const swapped = JSON.stringify({
      type: "Feature",
      properties: { name: "Atyrau to Beijing" },
      geometry: { type: "LineString", coordinates: lonLat.map(([x, y]) => [y, x]) },
    });
    await chooseFile(page, file("latlon.geojson", swapped));
    await expect(importDialog(page).getByTestId("import-swap")).toContainText("latitude, longitude");
    await importDialog(page).getByRole("button", { name: "Swap them and go on" }).click();
    await expect(importDialog(page)).toContainText("crossing Kazakhstan");
    await importDialog(page).getByRole("button", { name: "Add the route" }).click();
    await page.waitForFunction(() => !window.__caspianMap?.isMoving());
    const center = await page.evaluate(() => window.__caspianMap?.getCenter().toArray());
    // The map frames the new route where it belongs, over Kazakhstan and China, not the Arctic.
    expect(center?.[0]).toBeGreaterThan(60);
    expect(center?.[0]).toBeLessThan(100);
    expect(center?.[1]).toBeGreaterThan(38);
    expect(center?.[1]).toBeLessThan(50);
  });

  test("text from a file is shown as text, never run as HTML", async ({ page }) => {
    await openApp(page);
    let alerted = false;
    page.on("dialog", async (d) => {
      alerted = true;
      await d.dismiss();
    });
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await chooseFile(
      page,
      file(
        "hostile.geojson",
        JSON.stringify({
          type: "Feature",
          properties: { name: hostile },
          geometry: {
            type: "LineString",
            coordinates: [
              [49.8, 40.4],
              [44.8, 41.7],
            ],
          },
        }),
      ),
    );
    await importDialog(page).getByRole("button", { name: "Add the route" }).click();
    await expect(page.getByRole("heading", { level: 2, name: hostile })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator(".panel img, .panel script").count()).toBe(0);
    expect(alerted).toBe(false);
  });

  // Timed (the longest main-thread task), so it runs after the rest, alone: see playwright.config.ts.
  test("a large file is read off the main thread, with progress, and the page stays responsive", {
    tag: "@alone",
  }, async ({ page }) => {
    // Reading, adding and exporting 15 MB, with software WebGL drawing each frame in seconds.
    test.setTimeout(240_000);
    await openApp(page);
    // About 15 MB: 3,000 lines of 300 positions each, across the region.
    const collection = bigImportCollection();
    const big = JSON.stringify(collection);
    expect(big.length).toBeGreaterThan(10_000_000);
    await page.getByRole("button", { name: "Add a route" }).click();
    await expect(importDialog(page)).toBeVisible();
    // Long tasks from the moment the app gets the file (handing a 15 MB file to the page is the
    // test harness's own work, not the app's).
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __since: number };
      w.__longest = 0;
      w.__since = Number.POSITIVE_INFINITY;
      document
        .querySelector('dialog input[type="file"]')
        ?.addEventListener("change", () => (w.__since = performance.now()), { capture: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.startTime >= w.__since) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: "longtask" });
    });
    // Handed over as a file on disk: a 15 MB in-memory buffer sent over the DevTools protocol
    // stalled the harness past two minutes in one run in three here.
    const path = test.info().outputPath("tracks.geojson");
    writeFileSync(path, big);
    await chooseFile(page, path);
    await expect(importDialog(page).locator("progress")).toBeVisible();
    await expect(importDialog(page).getByRole("heading", { name: "Describe the route" })).toBeVisible({
      timeout: 60_000,
    });
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    // Reading and measuring 15 MB takes seconds; no single main-thread task may freeze the page for
    // long. (Unpacking 900,000 cloned positions in one go took 0.6–1.1 s; they now arrive as a
    // transferred buffer, rebuilt a slice at a time.)
    expect(longest).toBeLessThan(500);
    await expect(importDialog(page)).toContainText("3000 lines from tracks.geojson");

    // Added, the route is drawn from a thinned copy (src/map/display-simplify.ts): the map's
    // source holds a few positions a track, not the file's 900,000, while what is kept and
    // exported has every one of them.
    await importDialog(page).getByRole("button", { name: "Add the route" }).click();
    await expect(importDialog(page)).toHaveCount(0);
    const tracksId = newRouteId("Track 1", new Set());
    const drawnPositions = () =>
      page.evaluate((source) => {
        const data = window.__caspianMap?.getSource(source)?.serialize().data as
          | { features: { geometry: { coordinates: unknown[] } }[] }
          | undefined;
        const lines = data?.features ?? [];
        return { lines: lines.length, positions: lines.reduce((n, f) => n + f.geometry.coordinates.length, 0) };
      }, routeSourceIds(tracksId).lines);
    await expect.poll(async () => (await drawnPositions()).lines).toBe(3000);
    expect((await drawnPositions()).positions).toBeLessThan(90_000);
    // So close together they crowd (src/map/crowding.ts): at the opening view the tracks draw as
    // fine lines, with no casing or arrows under or along them.
    const rendered = (layer: string) =>
      page.evaluate((id) => window.__caspianMap?.queryRenderedFeatures({ layers: [id] }).length ?? -1, layer);
    const layers = routeLayerIds(tracksId);
    await expect.poll(() => rendered(layers.line)).toBeGreaterThan(0);
    expect(await rendered(layers.casing)).toBe(0);
    expect(await rendered(layers.arrows)).toBe(0);
    // The route's panel says why, so no one wonders where the arrows went.
    await expect(page.getByRole("article", { name: "Track 1" })).toContainText(
      "Its lines lie so close together that the map draws them as thin lines, without the arrows for the way the oil flows, at every zoom.",
    );
    // Nor are all 3,000 drawn there: those that would only fill pixels others already fill are
    // left out at that zoom (a track crosses two tiles, so is two rendered features) …
    expect(await rendered(layers.line)).toBeLessThan(3000 / 2);
    // … and the map looks as it would with every one: the route's colour covers as many pixels.
    const colour = await page.evaluate((id) => window.__caspianMap?.getPaintProperty(id, "line-color"), layers.line);
    expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    await drawnAndIdle(page);
    const thinned = await pixelsOfColour(page, String(colour));
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve) => {
          const map = window.__caspianMap;
          map?.once("idle", () => resolve());
          map?.setFilter(id, null);
        }),
      layers.line,
    );
    expect(await rendered(layers.line)).toBe(6000);
    const full = await pixelsOfColour(page, String(colour));
    expect(full).toBeGreaterThan(100_000);
    expect(Math.abs(thinned - full) / full).toBeLessThan(0.01);
    await page.getByRole("button", { name: "Export" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save all routes (GeoJSON)" }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), "utf8")) as {
      features: { properties: Record<string, unknown>; geometry: { coordinates: number[][] } }[];
    };
    const tracks = exported.features.filter((f) => f.properties["caspian:route"] === tracksId);
    expect(tracks).toHaveLength(3000);
    // Every position as in the file, to the digit (compared as text: 900,000 positions).
    const same =
      JSON.stringify(tracks.map((f) => f.geometry.coordinates)) ===
      JSON.stringify(collection.features.map((f) => f.geometry.coordinates));
    expect(same, "the exported tracks hold the file's positions unchanged").toBe(true);
  });
});

test.describe("notes and storage", () => {
  test("notes on any route, and imported routes, survive a reload and a browser restart", async ({ page, browser }) => {
    await openApp(page, `?route=${routes[0].id}`);
    const notes = page.getByLabel(`Your notes on ${routes[0].name}`);
    await notes.fill("Ask: why would Washington object to the shortest route?");
    await addGasLine(page);
    await expect.poll(() => savedRouteIds(page)).toEqual([gasId]);
    await page.reload();
    await page.getByRole("button", { name: routes[0].name, exact: true }).click();
    await expect(page.getByLabel(`Your notes on ${routes[0].name}`)).toHaveValue(
      "Ask: why would Washington object to the shortest route?",
    );
    await expect(page.getByTestId("save-state")).toContainText(/kept in this browser|Saved in this browser/);

    // A browser restart: a new context with this one's storage, IndexedDB included.
    const state = await page.context().storageState({ indexedDB: true });
    const restarted = await browser.newContext({ storageState: state, baseURL: new URL(page.url()).origin });
    const again = await restarted.newPage();
    await again.goto("/");
    await again.getByRole("button", { name: "Central Asia–China gas line (sketch)" }).click();
    await expect(again.getByRole("article", { name: "Central Asia–China gas line (sketch)" })).toContainText(
      "Crosses four borders.",
    );
    await again.getByRole("button", { name: routes[0].name, exact: true }).click();
    await expect(again.getByLabel(`Your notes on ${routes[0].name}`)).toHaveValue(/why would Washington object/);
    await restarted.close();
  });

  test("damaged storage: the app opens, says so, keeps what it can read and offers the rest", async ({ page }) => {
    await openApp(page);
    await addGasLine(page);
    await expect.poll(() => savedRouteIds(page)).toEqual([gasId]);
    // Damage the record: one good route, one broken, one broken note.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open("caspian-routes", 1);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction("saved", "readwrite");
            const store = tx.objectStore("saved");
            // Resolve on the commit, not the request: a reload before the commit loses the write.
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onabort = () => reject(tx.error);
            const get = store.get("current");
            get.onsuccess = () => {
              const rec = get.result;
              rec.routes.push("user-broken");
              rec.notes.iran = 42;
              store.put({ id: "user-broken", name: "Broken route", lines: "garbage" }, "route:user-broken");
              store.put(rec, "current");
            };
          };
        }),
    );
    await page.reload();
    const notice = page.getByTestId("storage-notice");
    await expect(notice).toContainText("could not be read: Saved route 2 (“Broken route”) is damaged.");
    await expect(notice).toContainText("The saved note on “iran” is damaged.");
    await expect(page.getByRole("checkbox", { name: "Show Central Asia–China gas line (sketch)" })).toBeChecked();
    await notice.getByRole("button", { name: "Export" }).click();
    const exportDialog = page.getByRole("dialog", { name: "Export" });
    const download = page.waitForEvent("download");
    await exportDialog.getByRole("button", { name: "Download the damaged data" }).click();
    const saved = await (await download).path();
    expect(readFileSync(saved, "utf8")).toContain("Broken route");
  });

  test("full storage: the app says so, keeps the work on screen and offers export", async ({ page }) => {
    await openApp(page);
    // Every write now fails as on a full disk. (Chromium's quota override over CDP let the write
    // through in about half the runs on a 2-core machine, so the failure is made directly.)
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await chooseFile(page, GAS);
    await importDialog(page).getByRole("button", { name: "Add the route" }).click();
    const notice = page.getByTestId("storage-notice");
    await expect(notice).toContainText("storage for this page is full");
    await expect(page.getByRole("checkbox", { name: "Show Central Asia–China gas line (sketch)" })).toBeChecked();
    await notice.getByRole("button", { name: "Export" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save all routes (GeoJSON)" }).click();
    expect(readFileSync(await (await download).path(), "utf8")).toContain(gasId);
  });

  test("private browsing without storage: the app says so and still works", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
    await openApp(page);
    await expect(page.getByTestId("storage-notice")).toContainText("not letting the app save");
    await addGasLine(page);
  });

  test("data from a newer version is left untouched", async ({ page }) => {
    await openApp(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open("caspian-routes", 1);
          req.onupgradeneeded = () => req.result.createObjectStore("saved");
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction("saved", "readwrite");
            tx.objectStore("saved").put({ version: 99, routes: ["future"], notes: {} }, "current");
            // Wait for the commit, not the request: a reload before the commit loses the write.
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        }),
    );
    await page.reload();
    await expect(page.getByTestId("storage-notice")).toContainText("newer version");
    await addGasLine(page);
    await page.waitForTimeout(600);
    const kept = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const req = indexedDB.open("caspian-routes", 1);
          req.onsuccess = () => {
            const get = req.result.transaction("saved").objectStore("saved").get("current");
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    expect(kept).toEqual({ version: 99, routes: ["future"], notes: {} });
  });
});

test.describe("export", () => {
  test("all routes as GeoJSON: a fresh browser imports the file back unchanged", async ({ page, browser }) => {
    await openApp(page, `?route=${routes[0].id}`);
    await page.getByLabel(`Your notes on ${routes[0].name}`).fill("A note that travels with the file.");
    await addGasLine(page);
    await page.getByRole("button", { name: "Export" }).click();
    const first = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save all routes (GeoJSON)" }).click();
    const exported = readFileSync(await (await first).path(), "utf8");
    expect(JSON.parse(exported).features.length).toBeGreaterThan(10);

    const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin });
    const other = await fresh.newPage();
    await openApp(other);
    await other.getByRole("button", { name: "Add a route" }).click();
    await importDialog(other).locator('input[type="file"]').setInputFiles(file("caspian-routes.geojson", exported));
    await expect(other.locator(".notice")).toContainText("Added 1 route from caspian-routes.geojson.");
    await expect(other.locator(".notice")).toContainText("4 built-in routes were already here");
    await other.getByRole("button", { name: "Export" }).click();
    const second = other.waitForEvent("download");
    await other.getByRole("button", { name: "Save all routes (GeoJSON)" }).click();
    expect(readFileSync(await (await second).path(), "utf8")).toBe(exported);
    await fresh.close();
  });

  test("the map as a PNG at 1920×1080 or twice the window, with a full key beside it and the source line", async ({
    page,
  }) => {
    await openApp(page, "?date=2006-07");
    await addGasLine(page);
    await page.getByRole("button", { name: "Export" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save the map as a picture (PNG)" }).click();
    const png = readFileSync(await (await download).path());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const [mapWidth, mapHeight, pixelRatio] = await page.evaluate(() => {
      const map = window.__caspianMap;
      const c = map?.getContainer();
      return c && map ? [c.clientWidth, c.clientHeight, map.getPixelRatio()] : [0, 0, 0];
    });
    // The map is drawn at least 1920×1080 and at least twice the window's size, and the key
    // takes a column of its own beside it, so it covers nothing.
    const scale = Math.max(2, 1920 / mapWidth, 1080 / mapHeight);
    expect(width).toBeGreaterThanOrEqual(1920);
    expect(height).toBeGreaterThanOrEqual(1080);
    expect(width).toBeGreaterThanOrEqual(Math.floor(mapWidth * scale) + 250 * scale);
    expect(height).toBeGreaterThan(Math.floor(mapHeight * scale));
    // The screen's own map is back at its own resolution.
    expect(pixelRatio).toBe(await page.evaluate(() => window.devicePixelRatio));
    await expect(page.getByRole("dialog", { name: "Export" }).getByRole("status")).toContainText(
      "caspian-routes-map.png",
    );
  });

  test("a link reproduces the view; imported routes are left out, and the dialog says so", async ({
    page,
    browser,
  }) => {
    await openApp(page, "?routes=iran,russia&date=2009");
    await addGasLine(page);
    await page.getByRole("button", { name: "Export" }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expect(dialog.getByTestId("link-note")).toContainText("routes you added (1 now) are not in links");
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Copy the link" }).click();
    const link = await dialog.getByRole("textbox", { name: "Link to this view" }).inputValue();
    expect(link).toContain("date=2009");
    expect(link).not.toContain("user-");
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole("slider", { name: "Date shown" })).toHaveAttribute("aria-valuetext", /^2009/);
    await expect(other.getByRole("checkbox", { name: routes[1].name })).not.toBeChecked();
    await expect(other.locator(".route-item")).toHaveCount(routes.length);
    await fresh.close();
  });
});
