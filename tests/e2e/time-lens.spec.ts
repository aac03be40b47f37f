import type { Page } from "@playwright/test";
import { content } from "../../src/content/content";
import { axeViolations, expect, openApp, pixelsOfColour, routes, test } from "./fixtures";

const iran = routes.find((r) => r.id === "iran");
const russia = routes.find((r) => r.id === "russia");

/** How a line is drawn right now, read from the features MapLibre rendered. */
async function drawnLine(page: Page, lineId: string) {
  return page.evaluate((lineId) => {
    const map = window.__caspianMap;
    if (!map) return null;
    // A hidden route's lines stay laid out at layer opacity 0 (route-layers.ts): not drawn.
    const layers = (map.getStyle().layers ?? [])
      .filter((l) => l.id.endsWith("-line") && map.getPaintProperty(l.id, "line-layer-opacity") !== 0)
      .map((l) => l.id);
    const f = map.queryRenderedFeatures({ layers }).find((x) => x.properties.id === lineId);
    if (!f) return null;
    const { style, status, inactive, widthFactor } = f.properties;
    return { style, status, inactive, widthFactor };
  }, lineId);
}

const slider = (page: Page) => page.getByRole("slider", { name: "Date shown" });
const banner = (page: Page) => page.getByTestId("date-banner");
const statusKey = (page: Page) => page.getByTestId("legend-status-heading");

test.describe("the time lens", () => {
  test("the keyboard moves the date: lines restyle, the key, banner and URL follow", async ({ page }) => {
    await openApp(page);
    await expect(banner(page)).toHaveCount(0);
    await expect(statusKey(page)).toHaveText("Status in November 1997");
    await expect.poll(() => drawnLine(page, "caucasus-btc")).toMatchObject({ style: "proposed", status: "proposed" });
    await expect(page.getByTestId("legend-styles")).not.toContainText("Halted");

    await slider(page).focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press("ArrowRight");
    await expect(slider(page)).toHaveAttribute(
      "aria-valuetext",
      "April 2000: The bypass around Chechnya is due in service",
    );
    await expect(banner(page)).toContainText("Showing April 2000 — after the article");
    await expect(statusKey(page)).toHaveText("Status in April 2000 (later)");
    await expect(page.locator(".source-line")).toContainText("line statuses in April 2000 (later)");
    await expect(page).toHaveURL(/[?&]date=2000-04(&|$)/);
    // The binding agreement of November 1999 made Baku–Tbilisi–Ceyhan agreed, not yet built.
    await expect.poll(() => drawnLine(page, "caucasus-btc")).toMatchObject({ style: "agreed", status: "agreed" });
    // The key lists the styles in use that day: the consortium's line was being built.
    await expect(page.getByTestId("legend-styles")).toContainText("Pipeline under construction");

    await page.keyboard.press("End");
    await expect(banner(page)).toContainText("Showing today — after the article");
    await expect(page).toHaveURL(/[?&]date=today(&|$)/);
    await expect
      .poll(() => drawnLine(page, "iran-aktau-neka-swap"))
      .toMatchObject({ style: "tanker", status: "halted", inactive: true });
    // The key promises the fading only: a short line has no room for the word "halted".
    await expect(page.getByTestId("legend-styles").getByText("Halted: faded", { exact: true })).toBeVisible();
    await expect(page.getByTestId("legend-styles")).not.toContainText("Pipeline under construction");

    await page.keyboard.press("Home");
    await expect(banner(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/date=/);
    await expect
      .poll(() => drawnLine(page, "iran-aktau-neka-swap"))
      .toMatchObject({ status: "agreed", inactive: false });
  });

  test("a halted line is drawn faded, and the banner's button goes back to 1997", async ({ page }) => {
    if (!iran) throw new Error("no Iran route in the content");
    // Framed on the Caspian, where the swap tankers cross beside the proposed pipeline.
    await openApp(page, "?routes=iran&at=52.2,40.5,5.5");
    const then = await pixelsOfColour(page, iran.colour);
    await slider(page).focus();
    await page.keyboard.press("End");
    // The swap line fades; the proposed pipeline is still drawn in full colour.
    await expect.poll(() => pixelsOfColour(page, iran.colour)).toBeLessThan(then * 0.85);
    expect(await pixelsOfColour(page, iran.colour)).toBeGreaterThan(150);

    // "Today" says how far our sources reach.
    await expect(page.getByTestId("time-now")).toContainText(/Today \(sources reach 20\d\d\)/);
    // Where the line is long enough on screen, it also says "halted" along it, on the map itself.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = window.__caspianMap;
          if (!map) return [];
          return map
            .queryRenderedFeatures({ layers: ["route-iran-label"] })
            .map((f) => `${f.properties.id}: ${f.properties.status}`);
        }),
      )
      .toContain("iran-aktau-neka-swap: halted");
    await expect(page.getByTestId("legend-styles").getByText("Halted: faded", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Back to November 1997" }).click();
    await expect(banner(page)).toHaveCount(0);
    await expect(slider(page)).toHaveAttribute("aria-valuetext", "November 1997: The article");
    await expect.poll(() => pixelsOfColour(page, iran.colour)).toBeGreaterThan(then * 0.95);
  });

  test("a shared link opens on its date; the detail and the table show that status beside 1997's", async ({ page }) => {
    await openApp(page, "?date=2006-07&route=east-asia");
    await expect(banner(page)).toContainText("Showing July 2006 — after the article");
    const detail = page.getByRole("article", { name: "East Asia route" });
    const alashankou = detail.locator('[data-line="east-asia-atasu-alashankou"]');
    await expect(alashankou.getByTestId("status-1997")).toHaveText("Agreed, not yet built (pipeline)");
    // The 1997 status names its source too: the agreement as reported the day after.
    await expect(alashankou.locator("dd").first()).toContainText("Jamestown Foundation, Monitor vol. 3 issue 178");
    await expect(alashankou.getByTestId("status-at-date")).toContainText("Operating (pipeline) — since 11 July 2006");
    // Shelved in 1999, not yet taken up again in 2006.
    const kumkol = detail.locator('[data-line="east-asia-kenkiyak-kumkol"]');
    await expect(kumkol.getByTestId("status-at-date")).toContainText("Halted (pipeline) — since August 1999");

    // The history lists every dated change, the later ones marked as later.
    await alashankou.getByText("Status history").click();
    const history = alashankou.locator(".line-history li");
    await expect(history).toHaveCount(6);
    await expect(history.nth(0)).not.toContainText("later");
    await expect(history.nth(5)).toContainText("11 July 2006");
    await expect(history.nth(5)).toContainText("later");

    await page.getByRole("button", { name: "Routes table" }).click();
    const dialog = page.getByRole("dialog", { name: "Routes table" });
    await expect(dialog.getByTestId("table-status-at-date")).toContainText("Status in July 2006 (later)");
    await expect(dialog.getByRole("columnheader", { name: "Status in July 2006 (later)" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("every status names its source, and the Sources view lists the whole bibliography, numbered", async ({
    page,
  }) => {
    await openApp(page, "?date=2001-11&route=russia");
    // The consortium's line opened in 2001 on the sources the detail names: the trial loading, then the opening.
    const cpc = page.locator('[data-line="russia-cpc"]');
    const opening = content.sources.findIndex((s) => s.id === "upi-2001-11-27") + 1;
    await expect(cpc.getByTestId("status-at-date")).toContainText(
      `since 27 November 2001: Officially opened. (sources: [${opening}] Bill Anderson, UPI, 27 November 2001;`,
    );
    await page.getByRole("button", { name: "Sources" }).click();
    const dialog = page.getByRole("dialog", { name: "Sources" });
    const items = dialog.locator("ol.bibliography > li");
    await expect(items).toHaveCount(content.sources.length);
    await expect(items.nth(opening - 1)).toContainText("Bill Anderson, UPI, “Caspian pipeline skirts trouble spots”");
    await expect(dialog.getByRole("link", { name: "The fact table" })).toHaveAttribute("href", /\/facts\.md$/);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: /Close/ }).click();
    await expect(dialog).toHaveCount(0);
  });

  test("April 2000: the bypass carries the oil and the section through Grozny is halted", async ({ page }) => {
    await openApp(page, "?date=2000-04&route=russia");
    await expect.poll(() => drawnLine(page, "russia-dagestan-bypass")).toMatchObject({ status: "operating" });
    await expect.poll(() => drawnLine(page, "russia-chechen-section")).toMatchObject({ status: "halted" });
    await expect(page.locator('[data-line="russia-chechen-section"]').getByTestId("status-at-date")).toContainText(
      "Halted (pipeline) — since April 1999",
    );
  });

  test("arrows show which way the oil flows: Kenkiyak–Atyrau west, the line to China east", async ({ page }) => {
    await openApp(page, "?date=2006-07&routes=east-asia&route=east-asia");
    const layer = "route-east-asia-arrows";
    const arrowsShown = (value: "visible" | "none") =>
      page.evaluate(
        ([id, v]) =>
          new Promise<void>((resolve) => {
            const map = window.__caspianMap;
            if (!map) return resolve();
            map.setLayoutProperty(id, "visibility", v);
            map.once("idle", () => resolve());
            map.triggerRepaint();
          }),
        [layer, value] as const,
      );
    // The arrowheads (route colour, white edge) sit on the line: hiding only them changes the
    // map where they were drawn.
    // Reads the canvas; with `than`, counts the pixels where any channel moved by more than 40
    // of 255 since the canvas read before.
    const canvasChange = (than: boolean) =>
      page.evaluate((than) => {
        const map = window.__caspianMap;
        const store = window as unknown as { __before?: Uint8ClampedArray };
        if (!map) return -1;
        const canvas = map.getCanvas();
        const ctx = Object.assign(document.createElement("canvas"), {
          width: canvas.width,
          height: canvas.height,
        }).getContext("2d");
        if (!ctx) return -1;
        ctx.drawImage(canvas, 0, 0);
        const now = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const before = store.__before;
        store.__before = now;
        if (!than || !before) return 0;
        let changed = 0;
        for (let i = 0; i < now.length; i += 4)
          if ([0, 1, 2].some((c) => Math.abs(now[i + c] - before[i + c]) > 40)) changed++;
        return changed;
      }, than);
    await arrowsShown("visible");
    await canvasChange(false);
    await arrowsShown("none");
    const changed = await canvasChange(true);
    // Each arrow is some 20 px across, partly over its line: here they change about 500
    // pixels (650 as bitmaps, before they were a distance field).
    expect(changed).toBeGreaterThan(250);
    await arrowsShown("visible");
    // The key explains the arrows, and the detail says the same in words.
    await expect(page.getByTestId("legend-flow")).toHaveText("Arrow: the way the oil flows");
    await expect(page.locator('[data-line="east-asia-kenkiyak-atyrau"]').getByTestId("flow")).toHaveText(
      "Kenkiyak → Atyrau",
    );
    await expect(page.locator('[data-line="east-asia-atasu-alashankou"]').getByTestId("flow")).toHaveText(
      "Atasu → Alashankou",
    );
    // Hiding the route hides its arrows with it.
    await page.getByRole("checkbox", { name: /East Asia route/ }).uncheck();
    await expect
      .poll(() => page.evaluate((id) => window.__caspianMap?.getLayoutProperty(id, "visibility"), layer))
      .toBe("none");
  });

  test("line width can show capacity, with its key and in the link", async ({ page }) => {
    if (!russia) throw new Error("no Russian route in the content");
    await openApp(page, "?date=today&routes=russia");
    const thin = await pixelsOfColour(page, russia.colour);
    await expect.poll(() => drawnLine(page, "russia-cpc")).toMatchObject({ widthFactor: 1 });
    await page.getByRole("checkbox", { name: "Line width shows capacity" }).check();
    await expect(page).toHaveURL(/[?&]width=capacity(&|$)/);
    await expect(page.getByTestId("legend-widths")).toContainText("No figure in our sources");
    // The map redraws from new data a moment after the switch.
    await expect.poll(async () => (await drawnLine(page, "russia-cpc"))?.widthFactor).toBeGreaterThan(2);
    await expect.poll(async () => (await drawnLine(page, "russia-atyrau-samara"))?.widthFactor).toBeLessThan(1);
    await expect.poll(() => pixelsOfColour(page, russia.colour)).toBeGreaterThan(thin * 1.2);
    // The figure and its source are in the detail.
    await page.getByRole("button", { name: russia.name, exact: true }).click();
    await expect(page.locator('[data-line="russia-cpc"]')).toContainText("67 million tonnes a year, after expansion");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("an epilogue slide picks out what changed without fading the lines that did not, which would read as halted", async ({
    page,
  }) => {
    // July 2006: the Russian route's lines operate and did not change since November 2001, so
    // they are drawn at full strength. Faded (as before), only its name kept the route's colour:
    // about 180 pixels here, against some 1,400 drawn in full.
    if (!russia) throw new Error("no Russian route in the content");
    await openApp(page, "?slide=after-1997-2006");
    await expect(page.locator(".slide-title")).toContainText("2006");
    await expect.poll(() => pixelsOfColour(page, russia.colour)).toBeGreaterThan(800);
  });

  test("epilogue slides set the date; the article's slides show 1997", async ({ page }) => {
    await openApp(page, "?slide=after-1997-2006");
    await expect(banner(page)).toContainText("Showing July 2006 — after the article");
    await expect(page.getByRole("button", { name: /Back to/ })).toHaveCount(0);
    await expect.poll(() => drawnLine(page, "caucasus-btc")).toMatchObject({ status: "operating" });
    await expect(page.getByRole("slider", { name: "Date shown" })).toHaveCount(0);
    await page.keyboard.press("PageDown");
    await expect(banner(page)).toContainText("Showing today — after the article");
    await page.keyboard.press("Home");
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(() => drawnLine(page, "caucasus-btc")).toBeNull(); // the title slide draws no routes
    await page.keyboard.press("Escape");
    // The explorer keeps its own date (the article's), untouched by the slides.
    await expect(slider(page)).toHaveAttribute("aria-valuetext", "November 1997: The article");
    await expect.poll(() => drawnLine(page, "caucasus-btc")).toMatchObject({ status: "proposed" });
  });

  test("at 200% zoom a later slide's banner is the date and 'later', and leaves the map visible", async ({ page }) => {
    // 640×400 is a 1280×800 laptop at 200%: the slide's map is a column about 190 px wide, and
    // the long banner ("Showing November 2001 — after the article") covered a quarter of it.
    await page.setViewportSize({ width: 640, height: 400 });
    await openApp(page, "?slide=after-1997");
    await expect(banner(page)).toHaveText("November 2001 (later)", { useInnerText: true });
    const share = await page.evaluate(() => {
      const b = document.querySelector("[data-testid=date-banner]")?.getBoundingClientRect();
      const m = window.__caspianMap?.getCanvas().getBoundingClientRect();
      return b && m ? (b.width * b.height) / (m.width * m.height) : Number.NaN;
    });
    expect(share).toBeLessThan(0.1);
    // A slide in a large window keeps the whole sentence.
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect(banner(page)).toHaveText("Showing November 2001 — after the article", { useInnerText: true });
  });
});
