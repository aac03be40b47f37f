import data from "../../src/generated/data.json" with { type: "json" };
import { fitProblems, SCREENS, SMALL_SCREENS } from "./fit-check";
import { expect, openApp, test } from "./fixtures";

const deck = data.content.deck;
/** Every slide state: each slide, and each reveal step within it. */
const states = deck.flatMap((s, slide) => (s.reveal ? [0, 1] : [0]).map((step) => ({ slide, step, s })));

// The camera jumps instead of flying, so each state is checked as it will stand.
test.use({ reducedMotion: "reduce" });

test.describe("every slide state fits the screen", () => {
  for (const screen of SCREENS) {
    test(`${screen.width}×${screen.height} (${screen.name})`, async ({ page }) => {
      // A 4K window through software WebGL is slow to draw: minutes on a 2-core machine.
      test.setTimeout(300_000);
      await page.setViewportSize(screen);
      await page.goto(`/?slide=${deck[0].id}`);
      // The first frame at 4K through software WebGL can take many seconds on a busy machine.
      await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true", { timeout: 120_000 });
      await page.evaluate(() => document.fonts.ready);
      const found: string[] = [];
      for (const [i, { slide, step, s }] of states.entries()) {
        if (i > 0) await page.keyboard.press("PageDown");
        await expect(page.locator(".present-bar .progress")).toHaveText(`Slide ${slide + 1} of ${deck.length}`);
        await expect(page.locator(".present-panel")).toHaveAttribute("data-slide", s.id);
        if (s.reveal) {
          await expect(page.locator(".present-panel .reveal")).toHaveClass(step ? /is-revealed/ : /^reveal$/);
        }
        await expect(page.locator(".present-panel")).toHaveAttribute("data-fitted", "true");
        for (const p of await fitProblems(page, { scroll: false })) {
          found.push(`${s.id}${s.reveal ? ` step ${step}` : ""}: “${p.text}” ${p.problem}`);
        }
        // The answer is never set smaller than the question.
        if (s.reveal && step === 1) {
          const [question, answer] = await Promise.all(
            [".present-panel .caption", ".present-panel .reveal p"].map((sel) =>
              page
                .locator(sel)
                .first()
                .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
            ),
          );
          if (answer < question)
            found.push(`${s.id}: the answer (${answer} px) is smaller than the question (${question} px)`);
        }
      }
      expect(found, `slide states with text off-screen or covered at ${screen.width}×${screen.height}`).toEqual([]);
    });
  }
});

test.describe("the explorer is one column on small screens", () => {
  for (const screen of SMALL_SCREENS) {
    test(`${screen.width}×${screen.height} (${screen.name}): every text and control can be seen and reached`, async ({
      page,
    }) => {
      await page.setViewportSize(screen);
      await openApp(page);
      await page.evaluate(() => document.fonts.ready);
      // Opening view, then with a route's detail open (the longest page).
      const closed = await fitProblems(page, { scroll: true });
      expect(closed, "explorer, opening view").toEqual([]);
      await page.getByRole("button", { name: "Menu" }).click();
      const menu = await fitProblems(page, { scroll: true });
      expect(menu, "explorer, menu open").toEqual([]);
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: data.content.routes[1].name, exact: true }).click();
      await expect(page.getByRole("article", { name: data.content.routes[1].name })).toBeVisible();
      const open = await fitProblems(page, { scroll: true });
      expect(open, "explorer, a route's detail open").toEqual([]);
      // One page: the document scrolls, not a strip inside it.
      const scrolls = await page.evaluate(() => (document.scrollingElement?.scrollHeight ?? 0) > window.innerHeight);
      expect(scrolls, "the routes list and detail scroll with the page").toBe(true);
      // The key is there.
      await expect(page.getByText("Key", { exact: true }).first()).toBeVisible();
    });
  }
});
