import { SUBPATH } from "../../playwright.config";
import { drawnRoutes, expect, routes, test } from "./fixtures";

const root = `http://127.0.0.1:${SUBPATH.port}${SUBPATH.base}`;

test("the production build works from a sub-path, fetching everything below it", async ({ page, guard }) => {
  await page.goto(root);
  await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
  await expect.poll(() => drawnRoutes(page)).toEqual(routes.map((r) => r.id));
  const labels = await page.evaluate(
    () =>
      window.__caspianMap?.queryRenderedFeatures({ layers: ["place-labels", "end-labels", "key-place-labels"] }).length,
  );
  expect(labels).toBeGreaterThan(5);
  await page.getByRole("button", { name: routes[0].name, exact: true }).click();
  // The link names the route (and, once the map has settled, its position): all below the sub-path.
  await expect(page).toHaveURL(new RegExp(`^${root}\\?route=${routes[0].id}(&at=[-\\d.,]+)?$`));
  await page.locator("body").press("Escape");
  await page.locator("body").press("p");
  await expect(page).toHaveURL(new RegExp(`^${root}\\?.*slide=`));
  const sw = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(sw).toBe(root);
  for (const url of guard.requests) expect(url.startsWith(root), url).toBe(true);
});
