import data from "../../src/generated/data.json" with { type: "json" };
import { axeViolations, expect, openApp, routes, test } from "./fixtures";

test.describe("accessibility (axe, WCAG 2.x A and AA)", () => {
  test("explorer", async ({ page }) => {
    await openApp(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("route selected", async ({ page }) => {
    await openApp(page, `?route=${routes[1].id}`);
    await expect(page.getByRole("article", { name: routes[1].name })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("routes table", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Routes table" }).click();
    await expect(page.getByRole("dialog", { name: "Routes table" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("presentation, before and after a reveal", async ({ page }) => {
    await openApp(page, "?slide=iran-route");
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("PageDown");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("presenter view", async ({ page }) => {
    await page.goto("/?view=presenter&slide=iran-route");
    await expect(page.getByRole("heading", { name: "Presenter view" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a phone, 375 px wide", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openApp(page, `?route=${routes[0].id}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("keyboard and screen reader", () => {
  test("the first Tab offers “Skip to routes”, which lands on the routes", async ({ page }) => {
    await openApp(page);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to routes" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Routes", level: 2 })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("checkbox", { name: routes[0].name })).toBeFocused();
  });

  test("the map has a name and pans and zooms from the keyboard", async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole("region", { name: /Map of the Caspian region/ })).toBeVisible();
    const canvas = page.locator("canvas.maplibregl-canvas");
    await canvas.focus();
    const view = () =>
      page.evaluate(() => {
        const m = window.__caspianMap;
        return m ? { zoom: m.getZoom(), lng: m.getCenter().lng } : null;
      });
    const before = await view();
    await page.keyboard.press("Equal");
    await expect.poll(async () => (await view())?.zoom).toBeGreaterThan((before?.zoom ?? 0) + 0.5);
    const zoomed = await view();
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await view())?.lng).toBeGreaterThan(zoomed?.lng ?? 0);
  });

  test("the routes table is a dialog with every route side by side and every line", async ({ page }) => {
    await openApp(page);
    const opener = page.getByRole("button", { name: "Routes table" });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "Routes table" });
    await expect(dialog).toBeVisible();
    const compare = dialog.getByRole("table", { name: /side by side/ });
    for (const r of routes) await expect(compare.getByRole("columnheader", { name: r.name })).toBeVisible();
    await expect(compare.getByRole("rowheader", { name: "Obstacle the article names" })).toBeVisible();
    await expect(compare).toContainText("¶13");
    await expect(compare).toContainText("¶15");
    const lines = dialog.getByRole("table", { name: /Every line/ });
    await expect(lines.getByRole("row")).toHaveCount(1 + data.lines.features.length);
    const btc = lines
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Baku–Tbilisi–Ceyhan", exact: true }) });
    await expect(btc).toContainText("Tbilisi, Erzurum");
    // Several screens down (at 1366×768), the route names still head the columns: the header
    // row stays at the top of the table's scrolling box, uncovered.
    await page.setViewportSize({ width: 1366, height: 768 });
    await compare.getByRole("rowheader", { name: /Later/ }).first().scrollIntoViewIfNeeded();
    const header = compare.getByRole("columnheader", { name: routes[0].name });
    await expect
      .poll(() =>
        header.evaluate((th) => {
          const r = th.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const scroller = th.closest(".table-scroll")?.getBoundingClientRect();
          return Boolean(hit && th.contains(hit) && scroller && r.top >= scroller.top - 1);
        }),
      )
      .toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test("the layout holds at 200% zoom (640×400 CSS px) and on a 375 px phone", async ({ page }) => {
    for (const size of [
      { width: 640, height: 400 },
      { width: 375, height: 812 },
    ]) {
      await page.setViewportSize(size);
      await openApp(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${size.width}px`).toBeLessThanOrEqual(0);
      await expect(page.locator("section.map")).toBeVisible();
      const button = page.getByRole("button", { name: routes[3].name, exact: true });
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await expect(page.getByRole("article", { name: routes[3].name })).toBeVisible();
    }
  });
});

test.describe("shareable, robust state", () => {
  test("the URL keeps the camera: the same link opens the same view", async ({ page, browser }) => {
    await openApp(page, `?routes=${routes[0].id},${routes[3].id}`);
    const start = await page.evaluate(() => {
      const m = window.__caspianMap;
      return m ? { lng: m.getCenter().lng, zoom: m.getZoom() } : { lng: 0, zoom: 0 };
    });
    await page.locator("canvas.maplibregl-canvas").focus();
    // One key at a time, each move allowed to end: a second key pressed mid-move cuts the first
    // short, and on a busy machine the link could be read between the two.
    await page.keyboard.press("Equal");
    await page.waitForFunction(
      (start) =>
        !!window.__caspianMap && !window.__caspianMap.isMoving() && window.__caspianMap.getZoom() > start.zoom + 0.5,
      start,
    );
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(/[?&]at=-?[\d.]+,-?[\d.]+,[\d.]+/);
    // The pan has ended, and the link, written when a move ends, holds the view it settled on.
    await page.waitForFunction((start) => {
      const m = window.__caspianMap;
      const at = new URLSearchParams(window.location.search).get("at")?.split(",").map(Number);
      return (
        !!m &&
        !m.isMoving() &&
        m.getCenter().lng < start.lng - 0.5 &&
        !!at &&
        Math.abs(at[0] - m.getCenter().lng) < 1e-3 &&
        Math.abs(at[2] - m.getZoom()) < 1e-2
      );
    }, start);
    // The link and the view, read together.
    const { url, view } = await page.evaluate(() => {
      const m = window.__caspianMap;
      return { url: window.location.href, view: m ? [m.getCenter().lng, m.getCenter().lat, m.getZoom()] : [] };
    });
    const other = await browser.newPage();
    await openApp(other, new URL(url).search);
    const again = await other.evaluate(() => {
      const m = window.__caspianMap;
      return m ? [m.getCenter().lng, m.getCenter().lat, m.getZoom()] : [];
    });
    for (const [i, v] of again.entries()) expect(v).toBeCloseTo(view[i], 1);
    await expect(other.getByRole("checkbox", { name: routes[1].name })).not.toBeChecked();
    await other.close();
  });

  test("a garbled link opens the usual view with a gentle notice", async ({ page }) => {
    await openApp(
      page,
      `?routes=%3Cscript%3Ealert(1)%3C/script%3E&at=NaN,1e999,3&slide=%%%&step=-7&junk=${"x".repeat(3000)}`,
    );
    await expect(page.getByRole("alert")).toContainText("Part of this link could not be used");
    for (const r of routes) await expect(page.getByRole("checkbox", { name: r.name })).toBeChecked();
    await expect(page.locator(".present-bar")).toHaveCount(0);
    await page.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("a render error shows a recoverable message, never a white page", async ({ page }) => {
    await openApp(page);
    // Make number formatting fail, as a broken browser feature might: the route detail uses it.
    await page.evaluate(() => {
      // format is a getter on the prototype, so redefine the getter itself.
      Object.defineProperty(Intl.NumberFormat.prototype, "format", {
        get() {
          throw new Error("simulated failure");
        },
      });
    });
    await page.getByRole("button", { name: routes[0].name, exact: true }).click();
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
  });
});

test.describe("content security policy", () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test("the Content-Security-Policy holds in every mode, and would catch an inline script", async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", "true");
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    await openApp(page);
    await page.getByRole("button", { name: routes[2].name, exact: true }).click();
    await page.getByRole("button", { name: "Routes table" }).click();
    // The table loads on demand: wait for it before closing it.
    await expect(page.getByRole("dialog", { name: "Routes table" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await page.getByRole("button", { name: "Print" }).click();
    await page.getByRole("dialog", { name: "Print" }).getByRole("button", { name: "Print", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("data-printed", "true");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await page.locator("body").press("p");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("Escape");
    expect(await violations()).toEqual([]);
    await page.goto("/?view=presenter&slide=title");
    await expect(page.getByRole("heading", { name: "Presenter view" })).toBeVisible();
    expect(await violations()).toEqual([]);
    // The policy is live: an inline script is refused (and reported).
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inline = true";
      document.body.append(s);
    });
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
    expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
  });
});
