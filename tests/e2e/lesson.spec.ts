import type { Page } from "@playwright/test";
import { content as contentFile } from "../../src/content/content";
import { axeViolations, drawnAndIdle, expect, openApp, test } from "./fixtures";

/**
 * The teacher's workbench: the slide editor (reorder, hide, add the map's view as a slide,
 * edit it in place), the presentation following the edited deck, and all of it kept.
 */
const deck = contentFile.deck;
const editor = (page: Page) => page.getByRole("dialog", { name: "Slides of this lesson" });
const rowTitles = (page: Page) => editor(page).locator(".slide-row-title strong").allTextContents();
const progress = (page: Page) => page.locator(".present-bar .progress");

async function openReady(page: Page) {
  await openApp(page);
  await expect(page.locator(".app")).toHaveAttribute("data-storage", "read");
}

test.describe("the slide editor", () => {
  test("reorders by keyboard and by drag, hides a slide, adds the map's view as a slide; the presentation follows, and a reload keeps it", async ({
    page,
  }) => {
    await openReady(page);
    await page.getByRole("button", { name: "Slides", exact: true }).click();
    await expect(editor(page)).toBeVisible();
    expect(await rowTitles(page)).toEqual(deck.map((s) => s.title));

    // Keyboard: the third slide up one place; focus stays on its button, for another press.
    const up = editor(page).getByRole("button", { name: `Move “${deck[2].title}” up` });
    await up.focus();
    await page.keyboard.press("Enter");
    await expect(up).toBeFocused();
    await expect.poll(() => rowTitles(page)).toEqual([deck[0], deck[2], deck[1], ...deck.slice(3)].map((s) => s.title));
    // Drag: the last slide onto the first place.
    const last = deck[deck.length - 1];
    // The events a drag and drop sends (a pointer drag in a scrolling dialog is not reliable here).
    const transfer = await page.evaluateHandle(() => new DataTransfer());
    const source = editor(page).locator(`[data-slide-id="${last.id}"]`);
    const target = editor(page).locator(`[data-slide-id="${deck[0].id}"]`);
    await source.dispatchEvent("dragstart", { dataTransfer: transfer });
    await target.dispatchEvent("dragover", { dataTransfer: transfer });
    await target.dispatchEvent("drop", { dataTransfer: transfer });
    await source.dispatchEvent("dragend", { dataTransfer: transfer });
    await expect.poll(async () => (await rowTitles(page))[0]).toBe(last.title);
    // Hide the article's context slide (the second one by default).
    await editor(page)
      .getByRole("checkbox", { name: `Shown: ${deck[1].title}` })
      .uncheck();
    await expect(editor(page).locator(`[data-slide-id="${deck[1].id}"]`)).toContainText("Hidden from the presentation");

    // The map's view as a slide, edited in place.
    await editor(page).getByRole("button", { name: "Add this view as a slide" }).click();
    const title = editor(page).getByRole("textbox", { name: "Title", exact: true });
    await expect(title).toBeFocused();
    await title.fill("Where the western routes start");
    await editor(page).getByLabel("Caption (large, under the title)").fill("Baku: where two of the routes begin.");
    await editor(page).getByLabel("Question 1").fill("Why would Baku matter to Kazakhstan?");
    await editor(page)
      .getByLabel(/Predict, then reveal/)
      .fill("Its port and its pipelines to the West.");
    await expect(editor(page).locator(".slide-row").last()).toContainText("Added by your teacher: not in the article");
    expect(await axeViolations(page)).toEqual([]);
    await editor(page).getByRole("button", { name: /Close/ }).click();

    // Present: one slide hidden, one added: as many slides as before; the drag put the last first.
    await page.keyboard.press("p");
    await page.keyboard.press("Home");
    await expect(progress(page)).toHaveText(`Slide 1 of ${deck.length}`);
    await expect(page.locator(".present-bar .slide-title")).toHaveText(last.title);
    await page.keyboard.press("End");
    await expect(page.locator(".present-bar .slide-title")).toHaveText("Where the western routes start");
    const panel = page.locator(".present-panel");
    await expect(panel).toContainText("Added by your teacher: not in the article");
    await expect(panel).toContainText("Predict first. Next reveals the answer.");
    await expect(panel).not.toContainText("Its port and its pipelines");
    await page.keyboard.press("PageDown");
    await expect(panel).toContainText("Its port and its pipelines to the West.");
    // The hidden slide is never shown: walk back through the whole deck.
    const seen = new Set<string>();
    for (let i = 0; i < deck.length * 2 + 2; i++) {
      seen.add((await page.locator(".present-bar .slide-title").textContent()) ?? "");
      await page.keyboard.press("PageUp");
    }
    expect(seen.has(deck[1].title)).toBe(false);
    expect(seen.has(deck[2].title)).toBe(true);
    await page.keyboard.press("Escape");

    // A reload brings the edited deck back.
    await page.reload();
    await expect(page.locator(".app")).toHaveAttribute("data-storage", "read");
    await page.getByRole("button", { name: "Slides", exact: true }).click();
    await expect(editor(page).locator(".slide-row")).toHaveCount(deck.length + 1);
    const titles = await rowTitles(page);
    expect(titles[0]).toBe(last.title);
    expect(titles.at(-1)).toBe("Where the western routes start");
    await expect(editor(page).locator(`[data-slide-id="${deck[1].id}"]`)).toContainText("Hidden from the presentation");
  });

  test("the captured view frames the slide: the camera, the routes shown and the route picked out", async ({
    page,
  }) => {
    await openReady(page);
    // Only the Russian route, its detail open, then the slide.
    const russia = contentFile.routes.find((r) => r.id === "russia") ?? contentFile.routes[3];
    await page
      .getByRole("button", { name: "Hide all" })
      .click()
      .catch(() => undefined);
    await page.getByRole("button", { name: russia.name, exact: true }).click();
    await drawnAndIdle(page);
    const before = await page.evaluate(() => window.__caspianMap?.getBounds().toArray().flat());
    await page.getByRole("button", { name: "Slides", exact: true }).click();
    await editor(page).getByRole("button", { name: "Add this view as a slide" }).click();
    await expect(editor(page).locator(".slide-view-summary")).toContainText(`with ${russia.name} picked out`);
    await editor(page).getByRole("button", { name: /Close/ }).click();
    await page.keyboard.press("p");
    await page.keyboard.press("End");
    await expect(page.locator(".present-bar .slide-title")).toHaveText(`${russia.name}: my view`);
    await drawnAndIdle(page);
    const after = await page.evaluate(() => window.__caspianMap?.getBounds().toArray().flat());
    // The presentation's map is narrower (the caption panel): the captured box is inside its view.
    expect(before && after).toBeTruthy();
    const [w0, s0, e0, n0] = before as number[];
    const [w1, s1, e1, n1] = after as number[];
    expect(w1).toBeLessThanOrEqual(w0 + 0.5);
    expect(e1).toBeGreaterThanOrEqual(e0 - 0.5);
    expect(s1).toBeLessThanOrEqual(s0 + 0.5);
    expect(n1).toBeGreaterThanOrEqual(n0 - 0.5);
  });

  test("the worksheet and its teacher's copy follow the edited deck: order, hidden slides, the teacher's slides", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", String(Date.now()));
    });
    await openReady(page);
    const routes = contentFile.routes;
    const slideOf = (id: string) => deck.find((s) => s.kind === "route" && s.highlight === id);
    await page.getByRole("button", { name: "Slides", exact: true }).click();
    // The Russian route's slide first among the routes; the Iran route's hidden.
    const russian = slideOf("russia");
    const iran = slideOf("iran");
    if (!russian || !iran) throw new Error("no route slides");
    for (let i = 0; i < 3; i++)
      await editor(page)
        .getByRole("button", { name: `Move “${russian.title}” up` })
        .click();
    await editor(page)
      .getByRole("checkbox", { name: `Shown: ${iran.title}` })
      .uncheck();
    await editor(page).getByRole("button", { name: "Add this view as a slide" }).click();
    await editor(page).getByRole("textbox", { name: "Title", exact: true }).fill("Which route would you choose?");
    await editor(page).getByLabel("Question 1").fill("Which route is cheapest to build?");
    await editor(page)
      .getByLabel(/Predict, then reveal/)
      .fill("None was cheap: each crossed a border someone controlled.");
    await editor(page).getByRole("button", { name: /Close/ }).click();

    await page.getByRole("button", { name: "Print" }).click();
    const dialog = page.getByRole("dialog", { name: "Print" });
    await dialog.getByRole("radio", { name: /Student worksheet/ }).check();
    await dialog.getByRole("button", { name: "Print", exact: true }).click();
    const sheet = page.locator('.handout[data-kind="worksheet"]');
    await expect(sheet).toHaveAttribute("data-ready", "true");
    const names = (await sheet.locator(".handout-route h2").allTextContents()).map((t) => t.trim());
    expect(names).toEqual([
      routes.find((r) => r.id === "russia")?.name,
      routes.find((r) => r.id === "caucasus")?.name,
      routes.find((r) => r.id === "east-asia")?.name,
      "Which route would you choose?",
    ]);
    const mine = sheet.locator(".teacher-page");
    await expect(mine).toContainText("Added by your teacher: not in the article");
    await expect(mine).toContainText("Which route is cheapest to build?");
    await expect(mine).not.toContainText("None was cheap");
    await expect(mine.locator(".handout-map svg")).toHaveCount(1);

    await dialog.getByRole("radio", { name: /teacher's copy/ }).check();
    await dialog.getByRole("button", { name: "Print", exact: true }).click();
    const copy = page.locator('.handout[data-kind="teacher"]');
    await expect(copy).toHaveAttribute("data-ready", "true");
    await expect(copy.locator(".teacher-page")).toContainText(
      "None was cheap: each crossed a border someone controlled.",
    );
  });
});
