import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { content as contentFile } from "../../src/content/content";
import { BUILT_IN, LESSON_CASES } from "../corpus/lesson-cases";
import { axeViolations, expect, openApp, routes, test } from "./fixtures";

/**
 * The lesson as one file: saved with everything the teacher made, opened in a fresh browser
 * (merge or replace, chosen knowingly), saved again byte for byte; shared as a link; and every
 * damaged or hostile file refused with a message that says what and where.
 */
const GAS = resolve(import.meta.dirname, "../fixtures/gas-line.geojson");

const deck = contentFile.deck;
const lessonDialog = (page: Page) => page.getByRole("dialog", { name: "Lesson" });
const editor = (page: Page) => page.getByRole("dialog", { name: "Slides of this lesson" });

async function openReady(page: Page, query = "") {
  await openApp(page, query);
  await expect(page.locator(".app")).toHaveAttribute("data-storage", "read");
}

/** A lesson with a bit of everything: an imported route, a note, a slide of one's own, a hidden slide. */
async function makeLesson(page: Page) {
  await page.getByRole("button", { name: "Add a route" }).click();
  const add = page.getByRole("dialog", { name: "Add a route from a GeoJSON file" });
  await add.locator('input[type="file"]').setInputFiles(GAS);
  await add.getByRole("button", { name: "Add the route" }).click();
  await expect(add).toHaveCount(0);
  await page.getByRole("button", { name: routes[0].name, exact: true }).click();
  await page.getByLabel(`Your notes on ${routes[0].name}`).fill("Ask who needed Iran's approval.");
  await page.getByRole("button", { name: "Slides", exact: true }).click();
  await editor(page).getByRole("button", { name: "Add this view as a slide" }).click();
  await editor(page).getByRole("textbox", { name: "Title", exact: true }).fill("Which way would you send the oil?");
  await editor(page)
    .getByLabel(/Predict, then reveal/)
    .fill("The article says: across Russia, for now.");
  await editor(page)
    .getByRole("checkbox", { name: `Shown: ${deck[1].title}` })
    .uncheck();
  await editor(page).getByRole("button", { name: /Close/ }).click();
}

async function saveLesson(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Lesson", exact: true }).click();
  const download = page.waitForEvent("download");
  await lessonDialog(page).getByRole("button", { name: "Save lesson file" }).click();
  const text = readFileSync(await (await download).path(), "utf8");
  await lessonDialog(page).getByRole("button", { name: /Close/ }).click();
  return text;
}

async function openLessonFile(page: Page, name: string, text: string | Buffer) {
  await page.getByRole("button", { name: "Lesson", exact: true }).click();
  await lessonDialog(page)
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: "application/json", buffer: typeof text === "string" ? Buffer.from(text) : text });
}

test.describe("the lesson as one file", () => {
  test("saved, opened in a fresh browser (replace), everything is back, and saving again gives the same bytes", async ({
    page,
    browser,
  }) => {
    await openReady(page);
    await makeLesson(page);
    const saved = await saveLesson(page);
    expect(JSON.parse(saved)).toMatchObject({ format: "caspian-routes-lesson", version: 1 });

    const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin, acceptDownloads: true });
    const other = await fresh.newPage();
    await openReady(other);
    await openLessonFile(other, "lesson.json", saved);
    const choice = lessonDialog(other).getByRole("heading", { name: /Open the lesson from “lesson.json”/ });
    await expect(choice).toBeFocused();
    await expect(lessonDialog(other)).toContainText("It holds 1 route, 1 note, 1 slide and its own slide order.");
    await expect(lessonDialog(other)).toContainText("You have made nothing here yet, so nothing is lost.");
    await lessonDialog(other).getByRole("button", { name: "Replace this lesson with it" }).click();
    await expect(lessonDialog(other)).toHaveCount(0);
    await expect(other.locator(".notice")).toContainText("Lesson opened");

    // Everything is back: the route, the note, the slide, the hidden slide.
    await expect(other.getByRole("checkbox", { name: /Central Asia–China gas line/ })).toBeChecked();
    await other.getByRole("button", { name: routes[0].name, exact: true }).click();
    await expect(other.getByLabel(`Your notes on ${routes[0].name}`)).toHaveValue("Ask who needed Iran's approval.");
    await other.keyboard.press("p");
    await other.keyboard.press("End");
    await expect(other.locator(".present-bar .slide-title")).toHaveText("Which way would you send the oil?");
    await expect(other.locator(".present-bar .progress")).toHaveText(`Slide ${deck.length + 1} of ${deck.length + 1}`);
    await other.keyboard.press("Escape");

    // And it is kept there: a reload, then save again: the same bytes.
    await other.reload();
    await expect(other.locator(".app")).toHaveAttribute("data-storage", "read");
    expect(await saveLesson(other)).toBe(saved);
    await fresh.close();
  });

  test("opening into a lesson with work in it: the choice says what each means; merge keeps the teacher's", async ({
    page,
  }) => {
    await openReady(page);
    await makeLesson(page);
    const saved = await saveLesson(page);
    // Change the note here; then open the saved lesson again and add it.
    await page.getByLabel(`Your notes on ${routes[0].name}`).fill("My newer note.");
    await openLessonFile(page, "lesson.json", saved);
    await expect(lessonDialog(page)).toContainText("Here you have 1 route, 1 note, 1 slide and a changed slide order.");
    await expect(lessonDialog(page)).toContainText("are removed from this browser and the lesson's take their place");
    expect(await axeViolations(page)).toEqual([]);
    await lessonDialog(page).getByRole("button", { name: "Add it to this lesson" }).click();
    await expect(page.locator(".notice")).toContainText("1 route was here already.");
    await expect(page.locator(".notice")).toContainText("yours was kept");
    await expect(page.getByLabel(`Your notes on ${routes[0].name}`)).toHaveValue("My newer note.");
    // Cancel opens nothing.
    await openLessonFile(page, "lesson.json", saved);
    await lessonDialog(page).getByRole("button", { name: "Cancel: open nothing" }).click();
    await expect(lessonDialog(page)).toHaveCount(0);
    await expect(page.getByLabel(`Your notes on ${routes[0].name}`)).toHaveValue("My newer note.");
  });

  test("a small lesson travels in the link's fragment, to a fresh browser", async ({ page, browser }) => {
    await openReady(page);
    await page.getByRole("button", { name: routes[1].name, exact: true }).click();
    await page.getByLabel(`Your notes on ${routes[1].name}`).fill("Which countries would the pipe cross?");
    await page.getByRole("button", { name: "Slides", exact: true }).click();
    await editor(page).getByRole("button", { name: "Add this view as a slide" }).click();
    await editor(page).getByRole("textbox", { name: "Title", exact: true }).fill("The way west");
    await editor(page).getByRole("button", { name: /Close/ }).click();
    await page.getByRole("button", { name: "Lesson", exact: true }).click();
    await lessonDialog(page).getByRole("button", { name: "Share as a link" }).click();
    const url = await lessonDialog(page)
      .getByLabel(/Link to this lesson/)
      .inputValue();
    expect(url).toMatch(/#lesson=[A-Za-z0-9_-]+$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(new URL(url).search).toBe("");

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const sent: string[] = [];
    other.on("request", (r) => sent.push(r.url()));
    await other.goto(url);
    await expect(
      lessonDialog(other).getByRole("heading", { name: "Open the lesson from the link you opened" }),
    ).toBeVisible();
    // The fragment never reaches a server: no request carries the lesson.
    expect(sent.filter((u) => u.includes("lesson="))).toEqual([]);
    await lessonDialog(other).getByRole("button", { name: "Replace this lesson with it" }).click();
    await expect(other.locator(".notice")).toContainText("Lesson opened");
    expect(new URL(other.url()).hash).toBe("");
    await other.getByRole("button", { name: "Slides", exact: true }).click();
    await expect(editor(other).locator(".slide-row-title strong").last()).toHaveText("The way west");
    await fresh.close();
  });

  test("a lesson too large for a link says to use the file", async ({ page }) => {
    await openReady(page);
    await page.getByRole("button", { name: "Add a route" }).click();
    const add = page.getByRole("dialog", { name: "Add a route from a GeoJSON file" });
    // A plain line eastwards (cheap to draw), its last digits all different: they do not compress.
    const coordinates = Array.from({ length: 3000 }, (_, i) => [
      50 + i * 0.004 + Math.sin(i) * 1e-4,
      42 + Math.cos(i) * 1e-4,
    ]);
    const big = JSON.stringify({
      type: "Feature",
      properties: { name: "Zigzag" },
      geometry: { type: "LineString", coordinates },
    });
    await add
      .locator('input[type="file"]')
      .setInputFiles({ name: "zigzag.geojson", mimeType: "application/json", buffer: Buffer.from(big) });
    await add.getByRole("button", { name: "Add the route" }).click();
    await expect(add).toHaveCount(0);
    await page.getByRole("button", { name: "Lesson", exact: true }).click();
    await lessonDialog(page).getByRole("button", { name: "Share as a link" }).click();
    await expect(lessonDialog(page).getByRole("alert")).toContainText(
      "too large for a link (up to 8 KB). Save it as a file and send the file instead.",
    );
  });

  test("the corpus of damaged and hostile lesson files: each refused with what and where, nothing here lost", async ({
    page,
  }) => {
    await openReady(page);
    await page.getByRole("button", { name: routes[0].name, exact: true }).click();
    await page.getByLabel(`Your notes on ${routes[0].name}`).fill("Still here.");
    expect(BUILT_IN).toEqual(routes.map((r) => r.id));
    for (const c of LESSON_CASES) {
      if (!("refused" in c)) continue;
      const input = typeof c.input === "function" ? c.input() : c.input;
      await openLessonFile(page, `${c.name}.json`, typeof input === "string" ? input : Buffer.from(input));
      await expect(lessonDialog(page).getByRole("alert"), c.name).toContainText(c.refused);
      await lessonDialog(page).getByRole("button", { name: /Close/ }).click();
    }
    await expect(page.getByLabel(`Your notes on ${routes[0].name}`)).toHaveValue("Still here.");
  });
});
