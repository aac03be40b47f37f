import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { axeViolations, expect, openApp, test } from "./fixtures";

/**
 * Drawing a route: with the mouse on the map (Terra Draw), snapping to named places, with undo,
 * redo and cancel; with the keyboard, from a list of places or typed positions; and editing a
 * drawn line later. Each then goes through the import's own steps (measured, described).
 */
const data = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../src/generated/data.json"), "utf8")) as {
  places: { features: { properties: { name: string }; geometry: { coordinates: number[] } }[] };
};
const place = (name: string) => {
  const f = data.places.features.find((p) => p.properties.name === name);
  if (!f) throw new Error(`no place ${name}`);
  return f.geometry.coordinates as [number, number];
};
const count = (page: Page) => page.locator(".draw-count");
const describeDialog = (page: Page) => page.getByRole("dialog", { name: "Add the route you drew" });

async function openReady(page: Page) {
  await openApp(page);
  await expect(page.locator(".app")).toHaveAttribute("data-storage", "read");
}

/** Page coordinates of a position on the map. */
function at(page: Page, lonLat: [number, number]): Promise<[number, number]> {
  return page.evaluate((p) => {
    const map = window.__caspianMap;
    if (!map) throw new Error("no map");
    const xy = map.project(p);
    const box = map.getCanvas().getBoundingClientRect();
    return [box.left + xy.x, box.top + xy.y] as [number, number];
  }, lonLat);
}

/** Clicks a point on the map and waits until the drawing has it (two quick clicks would be a double-click). */
async function placePoint(page: Page, lonLat: [number, number], expected: number, offset: [number, number] = [0, 0]) {
  const [x, y] = await at(page, lonLat);
  await page.mouse.click(x + offset[0], y + offset[1]);
  await expect(count(page)).toHaveText(expected === 1 ? "1 point" : `${expected} points`);
}

async function startDrawing(page: Page) {
  await page.getByRole("button", { name: "Add a route" }).click();
  await page.getByRole("button", { name: "Draw it on the map" }).click();
  await expect(page.getByRole("region", { name: "Drawing a route" })).toHaveAttribute("data-ready", "true");
  await expect(count(page)).toHaveText("0 points");
}

/** Stored route records, by id. */
function storedRoutes(page: Page): Promise<Record<string, { lines: { coordinates: number[][] }[] }>> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open("caspian-routes");
        req.onsuccess = () => {
          const out: Record<string, unknown> = {};
          const cursor = req.result.transaction("saved").objectStore("saved").openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) {
              req.result.close();
              resolve(out as never);
              return;
            }
            if (String(c.key).startsWith("route:")) out[String(c.key).slice(6)] = c.value;
            c.continue();
          };
        };
      }),
  );
}

test.describe("drawing a route", () => {
  test("with the mouse: points snap to named places, Backspace and redo, Enter finishes, then described like an import and kept", async ({
    page,
  }) => {
    await openReady(page);
    await startDrawing(page);
    const tengiz = place("Tengiz");
    // 5 px off: the point lands on Tengiz itself.
    await placePoint(page, tengiz, 1, [4, 3]);
    await placePoint(page, [58, 43], 2);
    await placePoint(page, [62, 40], 3);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Backspace");
    await expect(count(page)).toHaveText("2 points");
    await page.keyboard.press("Control+Shift+Z");
    await expect(count(page)).toHaveText("3 points");
    await page.keyboard.press("Enter");
    await expect(describeDialog(page).getByRole("heading", { name: "Describe the route" })).toBeFocused();
    await expect(describeDialog(page)).toContainText("1 line drawn on the map, approx.");
    await expect(describeDialog(page)).toContainText("crossing Kazakhstan");
    await describeDialog(page).getByLabel("Name").fill("My own sketch");
    await describeDialog(page).getByRole("button", { name: "Add the route" }).click();
    await expect(page.getByRole("checkbox", { name: /My own sketch/ })).toBeChecked();
    await expect(page.locator(".panel")).toContainText("Drawn on the map.");
    await expect
      .poll(async () => Object.values(await storedRoutes(page)).map((r) => r.lines[0].coordinates.length))
      .toEqual([3]);
    const [stored] = Object.values(await storedRoutes(page));
    expect(stored.lines[0].coordinates[0]).toEqual(tengiz);
    // It has its slide, like an imported route.
    await page.getByRole("button", { name: "Slides", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "Slides of this lesson" })).toContainText("My own sketch");
  });

  test("Escape cancels and says so; nothing is added", async ({ page }) => {
    await openReady(page);
    await startDrawing(page);
    await placePoint(page, [58, 40], 1);
    await placePoint(page, [62, 38], 2);
    await page.keyboard.press("Escape");
    await expect(page.locator(".notice")).toContainText("Drawing cancelled: nothing was added.");
    await expect(page.locator(".draw-bar")).toHaveCount(0);
    await expect(page.locator(".route-list input[type=checkbox]")).toHaveCount(4);
  });

  test("with the keyboard: from a list of places and a typed position, the same steps", async ({ page }) => {
    await openReady(page);
    await page.getByRole("button", { name: "Add a route" }).click();
    await page.getByRole("button", { name: "Build it from a list of places" }).click();
    const builder = page.getByRole("dialog", { name: "Build a route from places" });
    await builder.getByLabel("A place on the map").selectOption("Tengiz");
    await builder.getByRole("button", { name: "Add this place" }).click();
    await builder.getByLabel("Or a position: longitude, latitude").fill("west of nowhere");
    await builder.getByLabel("Or a position: longitude, latitude").press("Enter");
    await expect(builder.getByRole("alert")).toHaveText(
      "Type two numbers, longitude then latitude, such as 51.2, 43.6.",
    );
    await builder.getByLabel("Or a position: longitude, latitude").fill("49.87, 40.38");
    await builder.getByLabel("Or a position: longitude, latitude").press("Enter");
    await expect(builder.locator(".builder-points li")).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
    await builder.getByRole("button", { name: "Make the route" }).click();
    await expect(describeDialog(page).getByRole("heading", { name: "Describe the route" })).toBeFocused();
    await describeDialog(page).getByLabel("Name").fill("Tengiz to Baku, by keyboard");
    await describeDialog(page).getByRole("button", { name: "Add the route" }).click();
    await expect(page.getByRole("checkbox", { name: /Tengiz to Baku, by keyboard/ })).toBeChecked();
  });

  test("a drawn line can be edited later: a point dragged, measured again; Escape leaves it as it was", async ({
    page,
  }) => {
    await openReady(page);
    await startDrawing(page);
    await placePoint(page, [52, 42], 1);
    await placePoint(page, [56, 42], 2);
    await page.getByRole("button", { name: "Finish the line" }).click();
    await describeDialog(page).getByLabel("Name").fill("Short line");
    await describeDialog(page).getByRole("button", { name: "Add the route" }).click();
    const lengthText = page.locator(".kind-lines h3");
    const before = await lengthText.textContent();
    const edit = async () => {
      await page.getByRole("button", { name: "Edit the line on the map" }).click();
      const bar = page.getByRole("region", { name: "Editing the line of Short line" });
      await expect(bar).toHaveAttribute("data-ready", "true");
      await expect(count(page)).toHaveText("2 points");
      return bar;
    };
    // Escape: nothing changes, and it says so.
    const bar = await edit();
    await page.keyboard.press("Escape");
    await expect(page.locator(".notice")).toContainText("Editing cancelled: the line of Short line is as it was.");
    await expect(bar).toHaveCount(0);
    await expect(lengthText).toHaveText(before ?? "");
    // Drag the east end 150 px west and 100 px south (the pointer comes over the point first, as a hand's would).
    await edit();
    const [x, y] = await at(page, [56, 42]);
    await page.mouse.move(x + 20, y + 20);
    await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(x - 150, y + 100, { steps: 20 });
    await page.mouse.up();
    await page.getByRole("button", { name: "Done" }).click();
    await expect(page.locator(".notice")).toContainText("The line of Short line was changed: it is now");
    await expect(lengthText).not.toHaveText(before ?? "");
  });
});
