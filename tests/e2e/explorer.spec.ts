import data from "../../src/generated/data.json" with { type: "json" };
import { routeSourceIds } from "../../src/map/route-layers";
import { drawnAndIdle, drawnRoutes, expect, openApp, pixelsOfColour, routes, settle, test } from "./fixtures";

const allIds = routes.map((r) => r.id);

/** Minimum number of pixels in a route's colour for it to count as visibly drawn. */
const DRAWN_PIXELS = 150;
/** Labels and anti-aliasing of other routes may leave a few similar pixels. */
const HIDDEN_PIXELS = 20;

test.describe("the explorer", () => {
  test("draws the basemap, all four routes and the place labels", async ({ page }) => {
    await openApp(page);
    await expect.poll(() => drawnRoutes(page)).toEqual(allIds);
    const counts = await page.evaluate(() => {
      const map = window.__caspianMap;
      if (!map) return null;
      return {
        countries: map.queryRenderedFeatures({ layers: ["countries"] }).length,
        places: map.queryRenderedFeatures({ layers: ["place-labels", "end-labels", "key-place-labels"] }).length,
        countryLabels: map.queryRenderedFeatures({ layers: ["country-labels"] }).length,
      };
    });
    expect(counts?.countries).toBeGreaterThan(10);
    expect(counts?.places).toBeGreaterThan(8);
    expect(counts?.countryLabels).toBeGreaterThan(5);
    for (const r of routes) expect(await pixelsOfColour(page, r.colour), r.name).toBeGreaterThan(DRAWN_PIXELS);
  });

  for (const [i, route] of routes.entries()) {
    test(`the ${route.name} checkbox hides and shows its layer`, async ({ page }) => {
      await openApp(page);
      const box = page.getByRole("checkbox", { name: route.name });
      await expect(box).toBeChecked();
      const before = await pixelsOfColour(page, route.colour);
      expect(before).toBeGreaterThan(DRAWN_PIXELS);

      await box.uncheck();
      await expect.poll(() => pixelsOfColour(page, route.colour)).toBeLessThan(HIDDEN_PIXELS);
      await expect.poll(() => drawnRoutes(page)).toEqual(allIds.filter((id) => id !== route.id));
      await expect(page.getByRole("status")).toHaveText(`${route.name} hidden`);

      await box.check();
      await expect.poll(() => pixelsOfColour(page, route.colour)).toBeGreaterThan(DRAWN_PIXELS);
      await expect.poll(() => drawnRoutes(page)).toEqual(allIds);

      // Key i+1 toggles the same route.
      await page.locator("body").press(String(i + 1));
      await expect(box).not.toBeChecked();
      await expect.poll(() => drawnRoutes(page)).not.toContain(route.id);
      await page.locator("body").press(String(i + 1));
      await expect(box).toBeChecked();
      await expect.poll(() => drawnRoutes(page)).toContain(route.id);
    });
  }

  test("a route shown again is drawn in the map's next frame, whole", async ({ page }) => {
    // Showing a route must not wait for MapLibre to lay its lines out again (issue 16): the
    // first frame drawn once the map has been told holds the line in its colour.
    await openApp(page);
    const [route] = routes;
    await page.locator("body").press("1");
    await expect.poll(() => pixelsOfColour(page, route.colour)).toBeLessThan(HIDDEN_PIXELS);
    await drawnAndIdle(page);
    await page.evaluate(
      ([hex, layer]) => {
        const map = window.__caspianMap;
        if (!map) return;
        const gl = map.getCanvas().getContext("webgl2");
        const store = window as unknown as { __firstShownFrame?: number };
        // However the map is told (layer opacity or visibility), frames drawn before it are not
        // the toggle's.
        const told = () =>
          (map.getPaintProperty(layer, "line-layer-opacity") ?? 1) !== 0 &&
          map.getLayoutProperty(layer, "visibility") !== "none";
        const onRender = () => {
          if (!told() || !gl) return;
          map.off("render", onRender);
          // Read in the render event, before the frame is shown: this frame's pixels.
          const { drawingBufferWidth: w, drawingBufferHeight: h } = gl;
          const px = new Uint8Array(w * h * 4);
          gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
          const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
          let n = 0;
          for (let i = 0; i < px.length; i += 4)
            if ((px[i] - r) ** 2 + (px[i + 1] - g) ** 2 + (px[i + 2] - b) ** 2 < 900) n++;
          store.__firstShownFrame = n;
        };
        map.on("render", onRender);
      },
      [route.colour, `route-${route.id}-line`] as const,
    );
    await page.locator("body").press("1");
    await expect(page.getByRole("checkbox", { name: route.name })).toBeChecked();
    const firstFrame = () =>
      page.evaluate(() => (window as unknown as { __firstShownFrame?: number }).__firstShownFrame ?? -1);
    await expect.poll(firstFrame).toBeGreaterThanOrEqual(0);
    expect(await firstFrame()).toBeGreaterThan(DRAWN_PIXELS);
  });

  test("hide all and show all", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Hide all" }).click();
    await expect.poll(() => drawnRoutes(page)).toEqual([]);
    for (const r of routes) await expect(page.getByRole("checkbox", { name: r.name })).not.toBeChecked();
    await page.getByRole("button", { name: "Show all" }).click();
    await expect.poll(() => drawnRoutes(page)).toEqual(allIds);
  });

  test("toggling keeps the layers: only their layer opacity or visibility changes", async ({ page }) => {
    await openApp(page);
    const layerCount = () => page.evaluate(() => window.__caspianMap?.getStyle().layers.length);
    const before = await layerCount();
    await page.getByRole("checkbox", { name: routes[0].name }).uncheck();
    const shown = await page.evaluate((id) => {
      const map = window.__caspianMap;
      return {
        line: map?.getPaintProperty(`route-${id}-line`, "line-layer-opacity"),
        lineLayout: map?.getLayoutProperty(`route-${id}-line`, "visibility"),
        arrows: map?.getLayoutProperty(`route-${id}-arrows`, "visibility"),
      };
    }, routes[0].id);
    // The line stays laid out, undrawn; its arrows and names give up their room to other labels.
    expect(shown).toEqual({ line: 0, lineLayout: undefined, arrows: "none" });
    expect(await layerCount()).toBe(before);
  });

  const expectedParagraph: Record<string, string> = { iran: "¶13", caucasus: "¶14", "east-asia": "¶14", russia: "¶15" };

  for (const route of routes) {
    test(`the ${route.name} detail shows the article's obstacle with its ¶ citation, then background, lines and later events`, async ({
      page,
    }) => {
      await openApp(page);
      await page.getByRole("button", { name: route.name, exact: true }).click();
      const detail = page.getByRole("article", { name: route.name });
      await expect(detail.getByRole("heading", { level: 2, name: route.name })).toBeFocused();

      const article = detail.getByRole("region", { name: "The obstacle it names" });
      await expect(article).toContainText(route.article.obstacle);
      for (const q of route.article.quotes) {
        const quote = article.locator("figure").filter({ hasText: q.text });
        await expect(quote.locator("blockquote")).toHaveText(`“${q.text}”`);
        await expect(quote.locator("figcaption")).toContainText(`¶${q.paragraph}`);
        await expect(quote.locator("figcaption")).toContainText("RFE/RL");
        await expect(quote.locator("figcaption")).toContainText("U.S.-Kazakhstan Relations Remain Fragile");
        await expect(quote.locator("figcaption")).toContainText("24 November 1997");
      }
      await expect(article).toContainText(expectedParagraph[route.id]);

      // The four kinds of statement, in this order, then the teacher's own notes.
      await expect(detail.locator(".kind-tag")).toHaveText([
        "The article, 24 November 1997",
        "Background beyond the article",
        "On the map, as in November 1997",
        "Later than the article",
        "Yours",
      ]);
      const background = detail.getByRole("region", { name: "Other obstacles" });
      for (const b of route.background) await expect(background).toContainText(b.text);

      const lines = data.lines.features.filter((f) => f.properties.route === route.id);
      const lineSection = detail.getByRole("region", { name: "The lines of this route" });
      for (const { properties: p } of lines) {
        const item = lineSection
          .getByRole("listitem")
          .filter({ has: page.getByRole("heading", { name: p.name, exact: true }) });
        await expect(item).toContainText(`approx. ${p.drawnKm.toLocaleString("en-GB")} km`);
        await expect(item).toContainText(p.countries.join(" › "));
        // The published length names its source: its number in the Sources list and its outlet.
        if (p.publishedLength) {
          const id = p.publishedLength.sources[0];
          const n = data.content.sources.findIndex((s) => s.id === id) + 1;
          const source = data.content.sources[n - 1];
          await expect(item).toContainText(`[${n}] ${source.by}`);
        }
      }
      const later = detail.getByRole("region", { name: "After 1997" });
      for (const a of route.after1997) await expect(later).toContainText(a.text);

      await expect(page).toHaveURL(new RegExp(`[?&]route=${route.id}`));
      await detail.getByRole("button", { name: /Close/ }).click();
      await expect(detail).toHaveCount(0);
      await expect(page.getByRole("button", { name: route.name, exact: true })).toBeFocused();
      await expect(page).not.toHaveURL(/route=/);
    });
  }

  /** A vertex of the route far from every other route's vertices, so a click there hits only it. */
  function lonelyVertex(routeId: string): [number, number] {
    const own = data.lines.features
      .filter((f) => f.properties.route === routeId)
      .flatMap((f) => f.geometry.coordinates);
    const others = data.lines.features
      .filter((f) => f.properties.route !== routeId)
      .flatMap((f) => f.geometry.coordinates);
    let best = own[0];
    let bestDist = -1;
    for (const v of own) {
      const d = Math.min(...others.map((o) => (o[0] - v[0]) ** 2 + (o[1] - v[1]) ** 2));
      if (d > bestDist) [best, bestDist] = [v, d];
    }
    return best as [number, number];
  }

  for (const route of routes) {
    test(`hovering the ${route.name} on the map highlights it, clicking opens its detail and fits the map to it`, async ({
      page,
    }) => {
      await openApp(page);
      const point = await page.evaluate((lngLat) => {
        const map = window.__caspianMap;
        if (!map) return null;
        const p = map.project(lngLat);
        const r = map.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, lonelyVertex(route.id));
      if (!point) throw new Error("map not ready");
      await page.mouse.move(point.x, point.y);
      const firstLine = data.lines.features.find((f) => f.properties.route === route.id)?.properties.id;
      await expect
        .poll(() =>
          page.evaluate(([source, id]) => window.__caspianMap?.getFeatureState({ source, id: String(id) }).highlight, [
            routeSourceIds(route.id).lines,
            firstLine,
          ] as const),
        )
        .toBe(true);

      await page.mouse.click(point.x, point.y);
      await expect(page.getByRole("article", { name: route.name })).toBeVisible();
      await settle(page);
      const [w, s, e, n] = data.routeBounds[route.id as keyof typeof data.routeBounds];
      const view = await page.evaluate(() => window.__caspianMap?.getBounds().toArray());
      if (!view) throw new Error("no bounds");
      // The route fits inside the view, and fills a good part of it (the map zoomed to it).
      expect(view[0][0]).toBeLessThanOrEqual(w);
      expect(view[0][1]).toBeLessThanOrEqual(s);
      expect(view[1][0]).toBeGreaterThanOrEqual(e);
      expect(view[1][1]).toBeGreaterThanOrEqual(n);
      expect((e - w) / (view[1][0] - view[0][0]) + (n - s) / (view[1][1] - view[0][1])).toBeGreaterThan(0.6);
    });
  }

  test("works from the keyboard: Enter opens a route's detail, Escape closes it and focus returns", async ({
    page,
  }) => {
    await openApp(page);
    const route = routes[3];
    await page.getByRole("checkbox", { name: route.name }).focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: route.name, exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    const detail = page.getByRole("article", { name: route.name });
    await expect(detail.getByRole("heading", { level: 2 })).toBeFocused();
    await expect(page.getByRole("status")).toHaveText(`${route.name} selected`);
    await page.keyboard.press("Escape");
    await expect(detail).toHaveCount(0);
    await expect(page.getByRole("button", { name: route.name, exact: true })).toBeFocused();
  });

  test("fetches its basemap and label glyphs from its own origin only", async ({ page, guard }) => {
    await openApp(page);
    await expect.poll(() => drawnRoutes(page)).toEqual(allIds);
    // The map's own files: the packed basemap and the built-in labels' glyph subsets.
    expect(guard.requests.some((u) => u.includes("/generated/basemap.packed.json"))).toBe(true);
    expect(
      guard.requests.some((u) => /\/generated\/glyphs\/noto-sans-(regular|bold)-labels\/0-255\.pbf$/.test(u)),
    ).toBe(true);
    for (const u of guard.requests) expect(new URL(u).origin).toBe(new URL(page.url()).origin);
  });

  test("a shared URL reopens the same routes and detail", async ({ page }) => {
    const [first, second] = routes;
    await openApp(page, `?routes=${first.id},${second.id}&route=${second.id}`);
    await expect(page.getByRole("article", { name: second.name })).toBeVisible();
    await expect.poll(() => drawnRoutes(page)).toEqual([first.id, second.id]);
    for (const r of routes.slice(2)) await expect(page.getByRole("checkbox", { name: r.name })).not.toBeChecked();
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    test(`at ${size.width}×${size.height} the panel, map and legend do not overlap`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page);
      await page.getByRole("button", { name: routes[1].name, exact: true }).click();
      const panel = await page.locator(".panel").boundingBox();
      const map = await page.locator("section.map").boundingBox();
      const legend = await page.locator(".legend").boundingBox();
      if (!panel || !map || !legend) throw new Error("layout boxes missing");
      expect(panel.x + panel.width).toBeLessThanOrEqual(map.x + 1);
      expect(legend.x).toBeGreaterThanOrEqual(map.x);
      expect(legend.x + legend.width).toBeLessThanOrEqual(map.x + map.width);
      expect(map.width).toBeGreaterThan(size.width * 0.55);
    });
  }
});
