import { extractText, getDocumentProxy } from "unpdf";
import data from "../../src/generated/data.json" with { type: "json" };
import { drawnAndIdle, drawnRoutes, expect, openApp, routes, settle, test } from "./fixtures";

const deck = data.content.deck;
const slideIndex = (id: string) => deck.findIndex((s) => s.id === id);
const routeSlide = (routeId: string) => deck.findIndex((s) => s.highlight === routeId && s.kind === "route");

async function present(page: import("@playwright/test").Page, query = "") {
  await openApp(page, query);
  if (!query.includes("slide=")) await page.getByRole("button", { name: "Present" }).click();
  await expect(page.locator(".present-bar")).toBeVisible();
}

const progress = (page: import("@playwright/test").Page) => page.locator(".present-bar .progress");

test.describe("presentation mode", () => {
  test("P presents from slide 1, and Escape returns to the explorer exactly as it was", async ({ page }) => {
    await openApp(page);
    await page.getByRole("checkbox", { name: routes[2].name }).uncheck();
    await page.getByRole("button", { name: routes[1].name, exact: true }).click();
    await expect(page).toHaveURL(/at=/);
    await settle(page);
    const explorerUrl = page.url();
    await page.locator("body").press("p");
    await expect(progress(page)).toHaveText(`Slide 1 of ${deck.length}`);
    await expect(page.locator(".panel")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: deck[0].title })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator(".present-bar")).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: routes[2].name })).not.toBeChecked();
    await expect(page.getByRole("article", { name: routes[1].name })).toBeVisible();
    await expect(page).toHaveURL(explorerUrl);
  });

  test("moves on with →, ↓, Space, PageDown and Enter, and back with ←, ↑, PageUp and Backspace", async ({ page }) => {
    await present(page, `?slide=${deck[slideIndex("three-reasons") - 1].id}&step=1`);
    const start = slideIndex("three-reasons") - 1;
    // From a fully revealed slide each "next" key is one slide on; each "previous" key one step back.
    let at = start;
    for (const key of ["ArrowRight", "ArrowDown", "Space"]) {
      await page.keyboard.press(key);
      at++;
      await expect(progress(page), key).toHaveText(`Slide ${at + 1} of ${deck.length}`);
    }
    for (const key of ["ArrowLeft", "ArrowUp"]) {
      await page.keyboard.press(key);
      at--;
      await expect(progress(page), key).toHaveText(`Slide ${at + 1} of ${deck.length}`);
    }
    // A presentation clicker sends PageDown and PageUp.
    await page.keyboard.press("PageDown");
    await expect(progress(page)).toHaveText(`Slide ${at + 2} of ${deck.length}`);
    await page.keyboard.press("PageUp");
    await expect(progress(page)).toHaveText(`Slide ${at + 1} of ${deck.length}`);
    await page.keyboard.press("Enter");
    await expect(progress(page)).toHaveText(`Slide ${at + 2} of ${deck.length}`);
    await page.keyboard.press("Backspace");
    await expect(progress(page)).toHaveText(`Slide ${at + 1} of ${deck.length}`);
  });

  test("Home, End, and a typed number then Enter jump", async ({ page }) => {
    await present(page);
    await page.keyboard.press("End");
    await expect(progress(page)).toHaveText(`Slide ${deck.length} of ${deck.length}`);
    await page.keyboard.press("Home");
    await expect(progress(page)).toHaveText(`Slide 1 of ${deck.length}`);
    await page.keyboard.press("5");
    await page.keyboard.press("Enter");
    await expect(progress(page)).toHaveText(`Slide 5 of ${deck.length}`);
    await expect(page).toHaveURL(new RegExp(`slide=${deck[4].id}`));
  });

  for (const route of routes) {
    test(`the ${route.name} slide hides the obstacle until the next press, then reveals it with its ¶`, async ({
      page,
    }) => {
      const i = routeSlide(route.id);
      await present(page, `?slide=${deck[i].id}`);
      await settle(page);
      await expect.poll(() => drawnRoutes(page)).toEqual([route.id]);
      const panel = page.locator(".present-panel");
      await expect(panel).not.toContainText(route.article.obstacle);
      await expect(panel).toContainText("Predict first");
      await page.keyboard.press("PageDown");
      await expect(panel).toContainText(route.article.obstacle);
      for (const q of route.article.quotes) {
        await expect(panel.locator("blockquote", { hasText: q.text })).toBeVisible();
        await expect(panel).toContainText(`¶${q.paragraph}`);
      }
      await expect(page).toHaveURL(new RegExp(`slide=${deck[i].id}&step=1`));
      await expect(progress(page)).toHaveText(`Slide ${i + 1} of ${deck.length}`);

      // The camera frames the route (again, if the revealed answer widened the caption column).
      await expect(panel).toHaveAttribute("data-fitted", "true");
      await drawnAndIdle(page);
      const [w, s, e, n] = data.routeBounds[route.id as keyof typeof data.routeBounds];
      const view = await page.evaluate(() => window.__caspianMap?.getBounds().toArray());
      expect(view?.[0][0]).toBeLessThanOrEqual(w);
      expect(view?.[0][1]).toBeLessThanOrEqual(s);
      expect(view?.[1][0]).toBeGreaterThanOrEqual(e);
      expect(view?.[1][1]).toBeGreaterThanOrEqual(n);
    });
  }

  test("the URL names the slide and step: reload reopens it, and back and forward move between slides", async ({
    page,
  }) => {
    const i = routeSlide(routes[3].id);
    await present(page, `?slide=${deck[i].id}&step=1`);
    await expect(page.locator(".present-panel")).toContainText(routes[3].article.obstacle);
    await page.reload();
    await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
    await expect(progress(page)).toHaveText(`Slide ${i + 1} of ${deck.length}`);
    await expect(page.locator(".present-panel")).toContainText(routes[3].article.obstacle);

    await page.keyboard.press("PageDown");
    await expect(progress(page)).toHaveText(`Slide ${i + 2} of ${deck.length}`);
    await page.keyboard.press("PageDown");
    await expect(progress(page)).toHaveText(`Slide ${i + 3} of ${deck.length}`);
    await page.goBack();
    await expect(progress(page)).toHaveText(`Slide ${i + 2} of ${deck.length}`);
    await page.goBack();
    await expect(progress(page)).toHaveText(`Slide ${i + 1} of ${deck.length}`);
    await page.goForward();
    await expect(progress(page)).toHaveText(`Slide ${i + 2} of ${deck.length}`);
    await expect(page).toHaveURL(new RegExp(`slide=${deck[i + 1].id}`));
  });

  test("B blanks the screen and B again brings it back", async ({ page }) => {
    await present(page);
    await page.keyboard.press("b");
    const blank = page.getByTestId("blank-screen");
    await expect(blank).toBeVisible();
    const covered = await page.evaluate(() => {
      const el = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
      return el?.getAttribute("data-testid");
    });
    expect(covered).toBe("blank-screen");
    await page.keyboard.press("b");
    await expect(blank).toHaveCount(0);
  });

  test("a slide's key explains only what its map draws: no arrows on the title slide, which draws no lines", async ({
    page,
  }) => {
    await present(page, `?slide=${deck[0].id}`);
    const key = page.getByRole("region", { name: "Key" });
    await expect(key).toContainText("Capital in 1997");
    await expect(key.getByTestId("legend-flow")).toHaveCount(0);
    const routeSlide = deck.find((s) => s.kind === "route");
    if (!routeSlide) throw new Error("no route slide");
    await present(page, `?slide=${routeSlide.id}`);
    await expect(key.getByTestId("legend-flow")).toHaveText("Arrow: the way the oil flows");
  });

  test("the epilogue is marked as later than the article", async ({ page }) => {
    await present(page, `?slide=${deck[deck.length - 1].id}`);
    await expect(page.locator(".later-banner")).toHaveText("After 1997: later than the article");
  });

  test("flies between slides, but jumps for people who ask for reduced motion", async ({ browser }) => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const context = await browser.newContext({ reducedMotion, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await present(page);
      await settle(page);
      await page.keyboard.press("PageDown");
      await settle(page);
      // Count the camera's move events to the next slide: a flight moves through several frames,
      // a jump moves once. How many frames a flight gets depends on the machine's speed (software
      // WebGL draws only a few a second), so the bar for a flight is low.
      await page.evaluate(() => {
        const w = window as unknown as { __moves: number };
        w.__moves = 0;
        window.__caspianMap?.on("move", () => w.__moves++);
      });
      await page.keyboard.press("PageDown");
      await expect(progress(page)).toHaveText(`Slide 3 of ${deck.length}`);
      await settle(page);
      const moves = await page.evaluate(() => (window as unknown as { __moves: number }).__moves);
      if (reducedMotion === "reduce") expect(moves, reducedMotion).toBeLessThanOrEqual(1);
      // A flight passes through intermediate frames: more than one move, however slow the machine.
      else expect(moves, reducedMotion).toBeGreaterThan(2);
      await context.close();
    }
  });

  test("F toggles browser full screen", async ({ page }) => {
    await present(page);
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test("a presenter view that no presentation window answers says so, instead of silently standing still", async ({
    page,
  }) => {
    // Opened alone, as when a browser keeps two windows of a file apart.
    await page.goto(`/?slide=${deck[0].id}&view=presenter`);
    await expect(page.getByRole("heading", { name: "Presenter view" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "cannot reach the presentation window" })).toBeVisible();
  });

  test("the presenter view shows notes and what comes next, and either window moves both", async ({ page }) => {
    await present(page);
    const [presenter] = await Promise.all([
      page.waitForEvent("popup"),
      page.getByRole("button", { name: "Presenter view" }).click(),
    ]);
    await expect(presenter.getByRole("heading", { name: "Presenter view" })).toBeVisible();
    await expect(presenter.locator(".presenter-notes")).toContainText(deck[0].notes);
    for (const q of deck[0].questions) await expect(presenter.locator(".presenter-notes")).toContainText(q);
    await expect(presenter.locator(".presenter-next")).toContainText(deck[1].title);
    // Pictures of the slide on screen and of the next one, not text only.
    await expect(presenter.getByRole("figure", { name: `The map the class sees now: ${deck[0].title}` })).toBeVisible();
    await expect(presenter.getByRole("figure", { name: `The next slide's map: ${deck[1].title}` })).toBeVisible();
    await expect(presenter.locator(".presenter-current svg.static-map path").first()).toBeAttached();
    await expect(presenter.locator(".presenter-clock time")).toHaveText(/^\d+:\d\d$/);
    await expect(presenter.getByText("cannot reach the presentation window")).toHaveCount(0);
    // The projected window never shows notes.
    await expect(page.locator("body")).not.toContainText(deck[0].notes);

    await presenter.locator("body").press("PageDown");
    await expect(progress(page)).toHaveText(`Slide 2 of ${deck.length}`);
    await expect(presenter.locator(".presenter-notes")).toContainText(deck[1].notes);

    await page.keyboard.press("PageDown");
    await expect(presenter.locator(".presenter-progress")).toHaveText(`Slide 3 of ${deck.length}`);
    await expect(presenter.locator(".presenter-next")).toContainText("Reveal");
    await expect(presenter.locator(".presenter-step")).toContainText("Reveal 0 of 1");
    await page.keyboard.press("PageDown");
    await expect(presenter.locator(".presenter-step")).toContainText("Reveal 1 of 1");
    await page.keyboard.press("PageUp");
    await expect(presenter.locator(".presenter-step")).toContainText("Reveal 0 of 1");

    await presenter.getByRole("button", { name: "Blank the screen" }).click();
    await expect(page.getByTestId("blank-screen")).toBeVisible();
    await presenter.getByRole("button", { name: "Show the screen" }).click();
    await expect(page.getByTestId("blank-screen")).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText(deck[2].notes);

    // Leaving the presentation ends it for the presenter view too, which says so.
    await page.keyboard.press("Escape");
    await expect(page.locator(".present-bar")).toHaveCount(0);
    await expect(presenter.getByRole("status").filter({ hasText: "Presentation ended" })).toBeVisible();
  });

  test("at 1920×1080 captions are 32 px or more, other text 24 px or more, and text contrast 7:1 or more", async ({
    page,
  }) => {
    // Opens every slide afresh (eleven page loads at projector size in software WebGL).
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const s of deck) {
      await present(page, `?slide=${s.id}&step=${s.reveal ? 1 : 0}`);
      const report = await page.evaluate(() => {
        const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const f = (v: number) => {
            const c = v / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const background = (el: Element | null): number[] => {
          for (let e = el; e; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const problems: string[] = [];
        const shell = [...document.querySelectorAll(".present-bar, .present-panel")];
        for (const root of shell) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || !node.textContent?.trim() || el.closest(".visually-hidden")) continue;
            if ((el as HTMLButtonElement).disabled) continue; // WCAG exempts inactive controls
            const style = getComputedStyle(el);
            const size = Number.parseFloat(style.fontSize);
            const min = el.closest(".caption") ? 32 : 24;
            const text = node.textContent.trim().slice(0, 30);
            if (size < min) problems.push(`${size}px < ${min}px: "${text}"`);
            const fg = lum(parse(style.color));
            const bg = lum(background(el));
            const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            if (ratio < 7) problems.push(`contrast ${ratio.toFixed(2)} < 7: "${text}"`);
          }
        }
        return problems;
      });
      expect(report, s.id).toEqual([]);
    }
  });

  test("prints a handout: a title page with an overview map, one page per route with its map, name and ¶ citation, and the numbered sources", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", "true");
    });
    await openApp(page);
    const before = await page.evaluate(() => {
      const map = window.__caspianMap;
      return map ? { c: map.getCenter().toArray(), z: map.getZoom() } : null;
    });
    let moved = false;
    await page.exposeFunction("__mapMoved", () => {
      moved = true;
    });
    await page.evaluate(() =>
      window.__caspianMap?.on("movestart", () => (window as unknown as { __mapMoved(): void }).__mapMoved()),
    );
    await page.getByRole("button", { name: "Print" }).click();
    const dialog = page.getByRole("dialog", { name: "Print" });
    const go = dialog.getByRole("button", { name: "Print", exact: true });
    await go.click();
    // Progress is shown while the maps are drawn; the page opens the print dialog when done.
    await expect(dialog.getByRole("status")).toContainText(/Drawing the maps|Ready/);
    await expect(page.locator("html")).toHaveAttribute("data-printed", "true", { timeout: 30_000 });
    await expect(page.locator(".handout")).toHaveAttribute("data-ready", "true");
    await expect(dialog.getByRole("status")).toContainText("Ready");
    await expect(go).toBeEnabled();
    // The live map in front of the class never moved.
    expect(moved).toBe(false);
    expect(
      await page.evaluate(() => {
        const map = window.__caspianMap;
        return map ? { c: map.getCenter().toArray(), z: map.getZoom() } : null;
      }),
    ).toEqual(before);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    const pages = text.map((t) => t.replace(/\s+/g, " "));
    expect(pages[0]).toContain(data.content.title);
    // One page per route from page 2 (a long one may run over), then the numbered sources.
    expect(totalPages).toBeGreaterThanOrEqual(2 + routes.length);
    routes.forEach((route, i) => {
      const pageText =
        pages.slice(1).find((t) => t.includes("The obstacle the article names") && t.includes(route.name)) ?? "";
      expect(pageText, `a page for the ${route.name} (route ${i + 1})`).toContain(route.name);
      for (const q of route.article.quotes) expect(pageText).toContain(`¶${q.paragraph}`);
      expect(pageText).toContain("RFE/RL");
    });
    const all = pages.join(" ");
    const sourcesAt = all.lastIndexOf("Sources RFE/RL");
    expect(sourcesAt).toBeGreaterThan(0);
    for (const source of data.content.sources) expect(all.slice(sourcesAt)).toContain(source.by);
    // Nothing a student cannot look up: no internal research brief.
    expect(all).not.toMatch(/research brief/i);
    // The title page has an overview map, and each route page its own map.
    await expect(page.locator(".handout-title .handout-map svg")).toHaveCount(1);
    await expect(page.locator(".handout-route .handout-map svg")).toHaveCount(routes.length);
  });

  test("a student worksheet hides the obstacle and leaves room to write; the teacher's copy has the answers and notes", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", String(Date.now()));
    });
    await openApp(page);
    await page.getByRole("button", { name: "Print" }).click();
    const dialog = page.getByRole("dialog", { name: "Print" });
    await dialog.getByRole("radio", { name: /Student worksheet/ }).check();
    await dialog.getByRole("button", { name: "Print", exact: true }).click();
    await expect(page.locator('.handout[data-kind="worksheet"]')).toHaveAttribute("data-ready", "true");
    await expect(page.locator("html")).toHaveAttribute("data-printed", /\d+/);
    const sheet = page.locator('.handout[data-kind="worksheet"]');
    for (const route of routes) {
      const pageFor = sheet.locator(".worksheet-route").filter({ hasText: route.name });
      await expect(pageFor.locator(".handout-map svg")).toHaveCount(1);
      // The answer is not on the student's page.
      expect(await pageFor.textContent()).not.toContain(route.article.obstacle);
      await expect(pageFor.locator(".writing-lines").first()).toBeAttached();
      const slide = deck.find((s) => s.kind === "route" && s.highlight === route.id);
      for (const q of slide?.questions ?? []) await expect(pageFor).toContainText(q);
    }
    await dialog.getByRole("radio", { name: /teacher's copy/ }).check();
    await dialog.getByRole("button", { name: "Print", exact: true }).click();
    const copy = page.locator('.handout[data-kind="teacher"]');
    await expect(copy).toHaveAttribute("data-ready", "true");
    for (const route of routes) {
      const pageFor = copy.locator(".worksheet-route").filter({ hasText: route.name });
      await expect(pageFor).toContainText(route.article.obstacle);
      const slide = deck.find((s) => s.kind === "route" && s.highlight === route.id);
      if (slide?.notes) await expect(pageFor).toContainText(slide.notes);
      await expect(pageFor.locator(".writing-lines")).toHaveCount(0);
    }
  });
});
