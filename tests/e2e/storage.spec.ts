import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { newRouteId } from "../../src/import/assemble";
import { drawnAndIdle, expect, openApp, routes, test } from "./fixtures";

/**
 * Nothing a teacher makes is lost: old layouts, two tabs, long names, a tab closed mid-pause,
 * damaged or alien data. Storage is read and written here the way the app does, through
 * IndexedDB in the page.
 */
const GAS = resolve(import.meta.dirname, "../fixtures/gas-line.geojson");
const GAS_NAME = "Central Asia–China gas line (sketch)";
const gasId = newRouteId(GAS_NAME, new Set());
const importDialog = (page: Page) => page.getByRole("dialog", { name: "Add a route from a GeoJSON file" });

async function addGasLine(page: Page) {
  await page.getByRole("button", { name: "Add a route" }).click();
  await importDialog(page).locator('input[type="file"]').setInputFiles(GAS);
  await expect(importDialog(page).getByRole("heading", { name: "Describe the route" })).toBeFocused();
  await importDialog(page).getByRole("button", { name: "Add the route" }).click();
  await expect(importDialog(page)).toHaveCount(0);
}

/** Every record in the app's store, by key (undefined values dropped). */
function records(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve) => {
        const req = indexedDB.open("caspian-routes");
        req.onupgradeneeded = () => req.result.createObjectStore("saved");
        req.onerror = () => resolve({});
        req.onsuccess = () => {
          const db = req.result;
          const out: Record<string, unknown> = {};
          const cursor = db.transaction("saved").objectStore("saved").openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) {
              db.close();
              resolve(out);
              return;
            }
            out[String(c.key)] = c.value;
            c.continue();
          };
        };
      }),
  );
}

/** Puts records straight into the store, resolving once they are committed. */
function put(page: Page, entries: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open("caspian-routes", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("saved");
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction("saved", "readwrite");
          for (const [k, v] of Object.entries(entries)) tx.objectStore("saved").put(v, k);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    entries,
  );
}

const current = async (page: Page) =>
  (await records(page)).current as { version: unknown; routes: string[]; notes: Record<string, { text: string }> };

const notesBox = (page: Page, route: { name: string }) => page.getByLabel(`Your notes on ${route.name}`);
const routeCheckbox = (page: Page, name: string) => page.getByRole("checkbox", { name: `Show ${name}` });

test.describe("nothing a teacher makes is lost", () => {
  test("a version-1 record is rewritten in today's layout, and is all there after the next reload", async ({
    page,
  }) => {
    await openApp(page);
    await put(page, {
      current: {
        version: 1,
        routes: [
          {
            id: "user-gas",
            name: "My gas line",
            colour: "#00796b",
            dash: "operating",
            obstacle: "",
            fileName: "gas.geojson",
            bounds: [59.4, 37.6, 82.6, 45.2],
            lines: [
              {
                id: "user-gas-1",
                name: null,
                coordinates: [
                  [59.4, 37.6],
                  [82.6, 45.2],
                ],
                drawnKm: 2000,
                countries: ["Kazakhstan"],
              },
            ],
          },
        ],
        notes: { iran: "Ask about sanctions" },
      },
    });
    await page.reload();
    await expect(routeCheckbox(page, "My gas line")).toBeChecked();
    // The migration has been written: the route has its own record, the main record is in today's version (3).
    await expect
      .poll(async () => {
        const all = await records(page);
        return [(all.current as { version: number }).version, Object.hasOwn(all, "route:user-gas")];
      })
      .toEqual([3, true]);
    await page.reload();
    await expect(routeCheckbox(page, "My gas line")).toBeChecked();
    await page.getByRole("button", { name: routes[0].name, exact: true }).click();
    await expect(notesBox(page, routes[0])).toHaveValue("Ask about sanctions");
    await expect(page.getByTestId("storage-notice")).toHaveCount(0);
  });

  test("two tabs: each keeps the other's routes and notes, and shows them without a reload", async ({ context }) => {
    const b = await context.newPage();
    await openApp(b); // opened first, as a second tab left open
    const a = await context.newPage();
    await openApp(a);
    await addGasLine(a);
    await expect.poll(async () => (await current(a))?.routes).toEqual([gasId]);
    // Tab B learns of the new route at once, and its note does not wipe it.
    await expect(routeCheckbox(b, GAS_NAME)).toBeChecked();
    await b.getByRole("button", { name: routes[0].name, exact: true }).click();
    await notesBox(b, routes[0]).fill("Typed in tab B");
    await a.getByRole("button", { name: routes[1].name, exact: true }).click();
    await notesBox(a, routes[1]).fill("Typed in tab A");
    await expect
      .poll(async () => {
        const c = await current(a);
        return [c.routes, c.notes[routes[0].id]?.text, c.notes[routes[1].id]?.text];
      })
      .toEqual([[gasId], "Typed in tab B", "Typed in tab A"]);
    // Each tab shows the other's note.
    await a.getByRole("button", { name: routes[0].name, exact: true }).click();
    await expect(notesBox(a, routes[0])).toHaveValue("Typed in tab B");
    // Deleting in one tab removes it from the other, and it stays deleted when that tab saves.
    await a.getByRole("button", { name: GAS_NAME }).click();
    await a.getByText("Edit this route").click();
    await a.getByRole("button", { name: "Delete this route…" }).click();
    await a.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(routeCheckbox(b, GAS_NAME)).toHaveCount(0);
    await notesBox(b, routes[0]).fill("Typed in tab B, again");
    await expect
      .poll(async () => {
        const c = await current(b);
        return [c.routes, c.notes[routes[0].id]?.text];
      })
      .toEqual([[], "Typed in tab B, again"]);
    expect(Object.keys(await records(b)).filter((k) => k.startsWith("route:"))).toEqual([]);
  });

  test("a name longer than storage allows is cut where it enters, said so, and read back whole", async ({ page }) => {
    await openApp(page);
    const long = `Pipeline ${"x".repeat(141)}`; // 150 characters
    await page.getByRole("button", { name: "Add a route" }).click();
    await importDialog(page)
      .locator('input[type="file"]')
      .setInputFiles({
        name: "long.geojson",
        mimeType: "application/geo+json",
        buffer: Buffer.from(
          JSON.stringify({
            type: "Feature",
            properties: { name: long },
            geometry: {
              type: "LineString",
              coordinates: [
                [49.8, 40.4],
                [44.8, 41.7],
              ],
            },
          }),
        ),
      });
    const field = importDialog(page).getByLabel("Name", { exact: true });
    await expect(field).toHaveValue(long.slice(0, 120));
    await expect(importDialog(page)).toContainText("longer than 120 characters");
    await importDialog(page).getByRole("button", { name: "Add the route" }).click();
    const id = newRouteId(long, new Set());
    await expect.poll(async () => (await current(page))?.routes).toEqual([id]);
    await page.reload();
    await expect(routeCheckbox(page, long.slice(0, 120))).toBeChecked();
    await expect(page.getByTestId("storage-notice")).toHaveCount(0);
  });

  test("what was typed or added just before the page was left is there when it comes back", async ({ page }) => {
    await openApp(page);
    await expect(page.locator(".app")).toHaveAttribute("data-storage", "read");
    await addGasLine(page);
    await page.getByRole("button", { name: routes[0].name, exact: true }).click();
    await notesBox(page, routes[0]).fill("typed just before leaving");
    // Leave at once: well inside the quarter second a write waits for typing to pause.
    await page.goto("about:blank");
    await openApp(page);
    await expect(routeCheckbox(page, GAS_NAME)).toBeChecked();
    await page.getByRole("button", { name: routes[0].name, exact: true }).click();
    await expect(notesBox(page, routes[0])).toHaveValue("typed just before leaving");
  });

  test("on a first visit, a note typed just before leaving is there when the page comes back", async ({ page }) => {
    await openApp(page);
    await expect(page.locator(".app")).toHaveAttribute("data-storage", "read");
    await page.getByRole("button", { name: routes[1].name, exact: true }).click();
    await notesBox(page, routes[1]).fill("my very first note");
    // Nothing was ever saved here: the only record is the one written as the page is left.
    await page.goto("about:blank");
    await openApp(page);
    await page.getByRole("button", { name: routes[1].name, exact: true }).click();
    await expect(notesBox(page, routes[1])).toHaveValue("my very first note");
    await expect.poll(async () => (await current(page))?.notes?.[routes[1].id]?.text).toBe("my very first note");
  });

  test("a tab closed while another holds the store busy still keeps the note typed last", async ({ page, context }) => {
    await openApp(page);
    await expect(page.locator(".app")).toHaveAttribute("data-storage", "read");
    await page.getByRole("button", { name: routes[2].name, exact: true }).click();
    // A second page of the same origin keeps a write transaction open on the store, so the
    // closing tab's own database write can only queue behind it, and dies with the tab.
    const holder = await context.newPage();
    await holder.goto("/facts.md");
    await holder.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open("caspian-routes", 1);
          req.onsuccess = () => {
            const store = req.result.transaction("saved", "readwrite").objectStore("saved");
            const spin = () => {
              if ((window as { release?: boolean }).release) return;
              store.get("current").onsuccess = spin;
            };
            spin();
            resolve();
          };
        }),
    );
    await notesBox(page, routes[2]).fill("typed as the tab closed");
    await page.close();
    await holder.evaluate(() => {
      (window as { release?: boolean }).release = true;
    });
    const again = await context.newPage();
    await openApp(again);
    await again.getByRole("button", { name: routes[2].name, exact: true }).click();
    await expect(notesBox(again, routes[2])).toHaveValue("typed as the tab closed");
    await expect.poll(async () => (await current(again))?.notes?.[routes[2].id]?.text).toBe("typed as the tab closed");
  });

  test("damaged data is offered on every visit until it is downloaded or discarded, and never stops saving", async ({
    page,
  }) => {
    await openApp(page);
    // Structured clone keeps Infinity: a version no app will ever write.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open("caspian-routes", 1);
          req.onupgradeneeded = () => req.result.createObjectStore("saved");
          req.onsuccess = () => {
            const tx = req.result.transaction("saved", "readwrite");
            tx.objectStore("saved").put(
              { version: Number.POSITIVE_INFINITY, routes: ["user-x"], notes: {} },
              "current",
            );
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
          };
        }),
    );
    await page.reload();
    await expect(page.getByTestId("storage-notice")).toContainText("could not be read");
    // Not read-only: a new route is saved.
    await addGasLine(page);
    await expect.poll(async () => (await current(page))?.routes).toEqual([gasId]);
    // A later visit still offers the kept copy.
    await page.reload();
    await expect(page.getByTestId("storage-notice")).toContainText("could not read on an earlier visit");
    await expect(routeCheckbox(page, GAS_NAME)).toBeChecked();
    await page.getByTestId("storage-notice").getByRole("button", { name: "Export" }).click();
    const exportDialog = page.getByRole("dialog", { name: "Export" });
    await exportDialog.getByRole("button", { name: "Discard it…" }).click();
    await exportDialog.getByRole("button", { name: "Yes, discard it" }).click();
    await expect(exportDialog).toContainText("The damaged data is deleted.");
    await expect.poll(async () => Object.keys(await records(page)).filter((k) => k.startsWith("damaged-"))).toEqual([]);
    await page.reload();
    await expect(routeCheckbox(page, GAS_NAME)).toBeChecked();
    await expect(page.getByTestId("storage-notice")).toHaveCount(0);
  });

  test("a newer version's database: the app steps aside, says so in plain words, and writes nothing", async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole("button", { name: routes[0].name, exact: true }).click();
    await notesBox(page, routes[0]).fill("before the upgrade");
    await expect(page.getByTestId("save-state")).toContainText("Saved in this browser");
    // Another tab of a newer app upgrades the database; the app must let it (close on versionchange).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open("caspian-routes", 3);
          req.onupgradeneeded = () => req.result.createObjectStore("v3");
          req.onsuccess = () => {
            req.result.close();
            resolve();
          };
          req.onblocked = () => reject(new Error("the app did not close its connection"));
        }),
    );
    await notesBox(page, routes[0]).fill("after the upgrade");
    const notice = page.getByTestId("storage-notice");
    await expect(notice).toContainText("newer version of Caspian Routes");
    await expect(notice).not.toContainText("requested version");
    expect(((await current(page)).notes[routes[0].id] as { text: string }).text).toBe("before the upgrade");
  });

  test("re-importing your own export offers to replace, skip or copy, and never duplicates silently", async ({
    page,
  }) => {
    await openApp(page);
    await addGasLine(page);
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save all routes (GeoJSON)" }).click();
    const exported = await (await download).path();
    await page
      .getByRole("dialog", { name: "Export" })
      .getByRole("button", { name: /^Close/ })
      .click();
    // Renamed here since the export; the file still has the old name.
    await page.getByText("Edit this route").click();
    await page.getByLabel("Name", { exact: true }).fill("Renamed here");
    await page.getByRole("button", { name: "Add a route" }).click();
    await importDialog(page).locator('input[type="file"]').setInputFiles(exported);
    const same = importDialog(page).getByTestId("import-same");
    await expect(same).toContainText("a route you added before (the same id): “Central Asia–China gas line (sketch)”");
    await same.getByRole("button", { name: "Keep mine, skip it" }).click();
    await expect(routeCheckbox(page, "Renamed here")).toBeChecked();
    await expect(routeCheckbox(page, GAS_NAME)).toHaveCount(0);
    // Again, and replace: one route, the file's version.
    await page.getByRole("button", { name: "Add a route" }).click();
    await importDialog(page).locator('input[type="file"]').setInputFiles(exported);
    await importDialog(page).getByRole("button", { name: "Replace it with the file's version" }).click();
    await expect(routeCheckbox(page, GAS_NAME)).toBeChecked();
    await expect(routeCheckbox(page, "Renamed here")).toHaveCount(0);
    await expect(page.locator(".route-item")).toHaveCount(routes.length + 1);
    await expect.poll(async () => (await current(page))?.routes).toEqual([gasId]);
  });

  test("an untouched view leaves the link alone: nothing is written into it while the page loads", async ({ page }) => {
    await openApp(page);
    // Storage is read after the first draw, and the map goes idle: the two things that could write.
    await expect(page.locator(".app")).toHaveAttribute("data-storage", "read");
    await drawnAndIdle(page);
    expect(new URL(page.url()).search).toBe("");
  });
});
