import { CHROMIUM_ARGS, chromiumPath } from "../chromium-path";
import { axeViolations, expect, routes, test } from "./fixtures";

// A school machine with WebGL switched off.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"],
  },
});

test.describe("without WebGL", () => {
  test("a still map, the toggles, every route's obstacle and the routes table all work", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("status").filter({ hasText: "needs WebGL" })).toBeVisible();
    const map = page.getByTestId("static-map");
    await expect(map).toBeVisible();
    for (const r of routes) await expect(map.locator(`g[data-route="${r.id}"] path`).first()).toBeVisible();
    await expect(map.locator("path").nth(20)).toBeAttached(); // the basemap arrived

    await page.getByRole("checkbox", { name: routes[1].name }).uncheck();
    await expect(map.locator(`g[data-route="${routes[1].id}"]`)).toHaveCount(0);
    await page.getByRole("checkbox", { name: routes[1].name }).check();
    await expect(map.locator(`g[data-route="${routes[1].id}"]`)).toHaveCount(1);

    for (const r of routes) {
      await page.getByRole("button", { name: r.name, exact: true }).click();
      const detail = page.getByRole("article", { name: r.name });
      await expect(detail).toContainText(r.article.obstacle);
      await expect(detail).toContainText(`¶${r.article.quotes[0].paragraph}`);
    }
    // Clicking a line on the still map opens its route too.
    // (A line's box centre may not lie on the line, so send the click to the line itself.)
    await map.locator(`g[data-route="${routes[0].id}"] path`).nth(1).dispatchEvent("click");
    await expect(page.getByRole("article", { name: routes[0].name })).toBeVisible();

    await page.getByRole("button", { name: "Routes table" }).click();
    await expect(page.getByRole("dialog", { name: "Routes table" })).toContainText(routes[3].article.obstacle);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the time lens restyles the still map too", async ({ page }) => {
    await page.goto("/?date=2010");
    const swap = page.getByTestId("static-map").locator('g[data-line="iran-aktau-neka-swap"]');
    await expect(swap).toHaveAttribute("data-status", "halted");
    await expect(swap).toHaveAttribute("opacity", "0.4");
    await page.getByRole("slider", { name: "Date shown" }).focus();
    await page.keyboard.press("Home");
    await expect(swap).toHaveAttribute("data-status", "agreed");
    await expect(swap).toHaveAttribute("opacity", "1");
    // Every drawn line carries arrows for the way its oil flows.
    await expect(swap.locator(".flow-arrow").first()).toBeVisible();
    const lines = page.getByTestId("static-map").locator("g[data-line]");
    const count = await lines.count();
    for (let i = 0; i < count; i++) expect(await lines.nth(i).locator(".flow-arrow").count()).toBeGreaterThan(0);
  });

  test("presentation mode still walks through the slides", async ({ page }) => {
    await page.goto("/?slide=iran-route");
    await expect(page.getByTestId("static-map")).toBeVisible();
    await page.keyboard.press("PageDown");
    await expect(page.locator(".present-panel")).toContainText(routes[0].article.obstacle);
  });
});
