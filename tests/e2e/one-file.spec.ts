import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "@playwright/test";
import data from "../../src/generated/data.json" with { type: "json" };
import { withLesson } from "../../src/platform/app-file";
import { lesson } from "../corpus/lesson-cases";
import { drawnRoutes, expect, routes, test } from "./fixtures";

/**
 * The whole app as one HTML file (npm run build:single), opened from file:// with every network
 * request blocked, the way a teacher opens it from a USB stick in a classroom with no Wi-Fi.
 */
const ONE_FILE = resolve(import.meta.dirname, "../../dist-single/caspian-routes.html");
const deck = data.content.deck;
const folder = () => mkdtempSync(join(tmpdir(), "caspian-one-file-"));

/** Blocks every request that is not for a file on this disk; returns those it blocked. */
async function offline(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return blocked;
}

/** Opens a file and waits until its map has loaded and drawn. */
async function openFile(page: Page, path: string): Promise<void> {
  await page.goto(pathToFileURL(path).href);
  await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
  await page.waitForFunction(() => {
    const map = window.__caspianMap;
    return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
  });
}

/** Place and country names the map has drawn (symbol features on screen). */
const labels = (page: Page) =>
  page.evaluate(
    () =>
      window.__caspianMap
        ?.queryRenderedFeatures()
        .filter((f) => f.layer.type === "symbol")
        .map((f) => String(f.properties.name ?? "")) ?? [],
  );

const progress = (page: Page) => page.locator(".present-bar .progress");

test.describe("the app as one file", () => {
  test("opens from file:// with the network blocked: map and labels, a toggle, a detail with its ¶, three slides", async ({
    page,
    context,
  }) => {
    const blocked = await offline(context);
    await openFile(page, ONE_FILE);
    await expect.poll(() => drawnRoutes(page)).toEqual(routes.map((r) => r.id));
    await expect.poll(async () => (await labels(page)).includes("Baku")).toBe(true);

    await page.getByRole("checkbox", { name: `Show ${routes[0].name}` }).uncheck();
    await expect.poll(() => drawnRoutes(page)).toEqual(routes.slice(1).map((r) => r.id));

    await page.getByRole("button", { name: routes[1].name, exact: true }).click();
    const detail = page.getByRole("article", { name: routes[1].name });
    await expect(detail).toContainText(`¶${routes[1].article.quotes[0].paragraph}`);

    await page.locator("body").press("Escape");
    await page.getByRole("button", { name: "Present" }).click();
    await expect(progress(page)).toHaveText(`Slide 1 of ${deck.length}`);
    await page.keyboard.press("PageDown");
    await expect(progress(page)).toHaveText(`Slide 2 of ${deck.length}`);
    await page.keyboard.press("PageDown");
    await expect(progress(page)).toHaveText(`Slide 3 of ${deck.length}`);
    await expect(page.getByRole("heading", { level: 1, name: deck[2].title })).toBeVisible();
    await page.keyboard.press("PageDown");
    await expect(page.locator(".present-panel")).toContainText(`¶${routes[0].article.quotes[0].paragraph}`);
    expect(blocked).toEqual([]);
  });

  test("a lesson saved inside the file opens with it, is kept when the file is opened again, and travels in a downloaded copy", async ({
    page,
    context,
    browser,
  }) => {
    // Three pages open and draw their maps in software WebGL, one after another.
    test.slow();
    const blocked = await offline(context);
    const dir = folder();
    const lessonFile = join(dir, "lesson.html");
    writeFileSync(lessonFile, withLesson(readFileSync(ONE_FILE, "utf8"), JSON.stringify(lesson())));
    await openFile(page, lessonFile);
    await expect(page.getByRole("checkbox", { name: "Show Gas line" })).toBeChecked();
    await expect(page.getByRole("status").filter({ hasText: "This file brought its lesson" }).first()).toBeAttached();
    await page.getByRole("button", { name: routes[0].name, exact: true }).click();
    await expect(page.getByLabel(`Your notes on ${routes[0].name}`)).toHaveValue("Ask about sanctions");

    // Kept in this browser: opened again, the file shows the changed lesson and asks nothing.
    await page.getByLabel(`Your notes on ${routes[0].name}`).fill("Ask about sanctions, then swaps");
    await expect(page.getByTestId("save-state")).toHaveText("Saved in this browser.");
    await page.goto("about:blank");
    await openFile(page, lessonFile);
    await expect(page.locator(".app")).toHaveAttribute("data-storage", "read");
    await page.getByRole("button", { name: routes[0].name, exact: true }).click();
    await expect(page.getByLabel(`Your notes on ${routes[0].name}`)).toHaveValue("Ask about sanctions, then swaps");
    await expect(page.getByRole("checkbox", { name: "Show Gas line" })).toBeChecked();
    await expect(page.getByTestId("lesson-dialog")).toHaveCount(0);

    // Export: the app with this lesson inside, and the app alone.
    await page.getByRole("button", { name: "Export" }).click();
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
      const to = join(dir, download.suggestedFilename());
      await download.saveAs(to);
      return to;
    };
    const withMine = await save("Download this lesson");
    expect(withMine).toMatch(/caspian-routes-lesson-\d{4}-\d\d-\d\d\.html$/);
    const bare = await save("Download this app");
    expect(bare).toMatch(/caspian-routes\.html$/);

    for (const [file, hasLesson] of [
      [withMine, true],
      [bare, false],
    ] as const) {
      const elsewhere = await browser.newContext();
      const away = await offline(elsewhere);
      const other = await elsewhere.newPage();
      const errors: string[] = [];
      other.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await openFile(other, file);
      await expect(other.locator(".app")).toHaveAttribute("data-storage", "read");
      if (hasLesson) {
        await expect(other.getByRole("checkbox", { name: "Show Gas line" })).toBeChecked();
        await other.getByRole("button", { name: routes[0].name, exact: true }).click();
        await expect(other.getByLabel(`Your notes on ${routes[0].name}`)).toHaveValue(
          "Ask about sanctions, then swaps",
        );
      } else {
        await expect.poll(() => drawnRoutes(other)).toEqual(routes.map((r) => r.id));
        await expect(other.getByRole("checkbox", { name: "Show Gas line" })).toHaveCount(0);
      }
      // The copy's policy still allows its own code (hashes), and nothing left the machine.
      expect(errors).toEqual([]);
      expect(away).toEqual([]);
      await elsewhere.close();
    }
    expect(blocked).toEqual([]);
  });

  test("a GeoJSON file is imported from file://: read and measured in the worker, countries named", async ({
    page,
    context,
  }) => {
    const blocked = await offline(context);
    await openFile(page, ONE_FILE);
    await page.getByRole("button", { name: "Add a route" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a route from a GeoJSON file" });
    await dialog
      .locator('input[type="file"]')
      .setInputFiles(resolve(import.meta.dirname, "../fixtures/gas-line.geojson"));
    await expect(dialog.getByRole("heading", { name: "Describe the route" })).toBeFocused();
    // The countries come from the basemap, which the worker reads from inside the file.
    await expect(dialog).toContainText("crossing Turkmenistan, Uzbekistan, Kazakhstan, Kyrgyzstan, China");
    await dialog.getByRole("button", { name: "Add the route" }).click();
    await expect(page.getByRole("checkbox", { name: "Show Central Asia–China gas line (sketch)" })).toBeChecked();
    expect(blocked).toEqual([]);
  });

  test("the hosted app's Download this app saves the one-file build", async ({ page }) => {
    await page.goto("/");
    // The header of the first paint (drawn at build time) is replaced by the app's own: wait for
    // it, or the click can land on the first paint's Export button, which does nothing (CI, 30 Nov).
    await page.locator(".app:not([data-shell])").waitFor();
    await page.getByRole("button", { name: "Export" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download this app" }).click(),
    ]);
    const to = join(folder(), "app.html");
    await download.saveAs(to);
    expect(readFileSync(to, "utf8")).toBe(readFileSync(ONE_FILE, "utf8"));
  });
});
