import type { Page } from "@playwright/test";
import data from "../../src/generated/data.json" with { type: "json" };
import { mapScale } from "../../src/map/frame";
import { routeLayerIds } from "../../src/map/route-layers";
import { dotReach } from "../../src/map/style";
import { drawnAndIdle, expect, openApp, routes, settle, test } from "./fixtures";

const deck = data.content.deck;
const places = data.places.features.map((f, i) => ({
  name: f.properties.name,
  kind: f.properties.kind,
  at: f.geometry.coordinates as [number, number],
  rank: data.placeRanks[i],
}));
const keyNames = places.filter((p) => p.rank === 0).map((p) => p.name);
/** The layers that name what a slide is about: the key places, the routes' ends, the routes. */
const SUBJECT_LABELS = ["key-place-labels", "end-labels", ...routes.map((r) => routeLayerIds(r.id).label)];

/** Names of the labels MapLibre has placed (drawn) in the given layers, right now. */
async function placedLabels(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = window.__caspianMap;
    if (!map) return [];
    const present = layers.filter((l) => map.getLayer(l));
    return [...new Set(map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties.name)))];
  }, layers);
}

/** What MapLibre has drawn, in the given layers, under the map key's rectangle (its layer and name). */
async function featuresUnderKey(page: Page, layers: string[]): Promise<{ layer: string; name: string }[]> {
  return page.evaluate((layers) => {
    const map = window.__caspianMap;
    const key = document.querySelector(".legend")?.getBoundingClientRect();
    if (!map || !key) throw new Error("no map or key");
    const box = map.getCanvas().getBoundingClientRect();
    return map
      .queryRenderedFeatures(
        [
          [key.left - box.left, key.top - box.top],
          [key.right - box.left, key.bottom - box.top],
        ],
        { layers: layers.filter((l) => map.getLayer(l)) },
      )
      .map((f) => ({ layer: f.layer.id, name: String(f.properties.name) }));
  }, layers);
}

/**
 * Names placed in the given layers whose label runs past an edge of the map (MapLibre places a
 * label that is partly off the canvas and draws the part on it: "orossiysk").
 */
async function cutAtEdge(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = window.__caspianMap;
    if (!map) throw new Error("no map");
    const w = map.getContainer().clientWidth;
    const h = map.getContainer().clientHeight;
    // Strips 1 px inside each edge and 90 px beyond it (MapLibre keeps labels 100 px past the edge).
    const strips: [[number, number], [number, number]][] = [
      [
        [-90, -90],
        [1, h + 90],
      ],
      [
        [w - 1, -90],
        [w + 90, h + 90],
      ],
      [
        [-90, -90],
        [w + 90, 1],
      ],
      [
        [-90, h - 1],
        [w + 90, h + 90],
      ],
    ];
    const present = layers.filter((l) => map.getLayer(l));
    const names = strips.flatMap((box) =>
      map.queryRenderedFeatures(box, { layers: present }).map((f) => String(f.properties.name ?? f.layer.id)),
    );
    return [...new Set(names)];
  }, layers);
}

/**
 * Names a slide framing `bounds` ([w, s, e, n]) must show whole: its routes' names, and the names
 * of the places inside the bounds (a place beyond them may run off the edge, as on any map).
 */
async function cutInside(page: Page, bounds: readonly number[]): Promise<string[]> {
  const [w, s, e, n] = bounds;
  const outside = new Set(
    places.filter((p) => p.at[0] < w || p.at[0] > e || p.at[1] < s || p.at[1] > n).map((p) => p.name),
  );
  return (await cutAtEdge(page, SUBJECT_LABELS)).filter((name) => !outside.has(name));
}

/** Route ids whose name label is placed on the map now. */
async function placedRouteNames(page: Page): Promise<string[]> {
  return page.evaluate(
    (ids) => {
      const map = window.__caspianMap;
      if (!map) return [];
      return ids.filter((id) => map.queryRenderedFeatures({ layers: [`route-${id}-name`] }).length > 0);
    },
    routes.map((r) => r.id),
  );
}

/** Where places fall on the map canvas now, and the canvas size, in CSS px. */
async function onCanvas(page: Page, names: string[]) {
  return page.evaluate(
    ({ names, all }) => {
      const map = window.__caspianMap;
      if (!map) throw new Error("no map");
      const c = map.getContainer();
      return {
        width: c.clientWidth,
        height: c.clientHeight,
        points: names.map((name) => {
          const p = all.find((q) => q.name === name);
          if (!p) throw new Error(`no place ${name}`);
          const { x, y } = map.project(p.at);
          return { name, x, y };
        }),
      };
    },
    { names, all: places },
  );
}

/**
 * Every place a view must name: the key ones (Baku, Tbilisi, the Caspian Sea) and the visible
 * routes' outer ends that lie on the canvas. Two ends a few km apart (Supsa, Batumi) cannot both
 * be named at the region's scale: one of them named within 60 km counts for both.
 */
async function missingMustNames(page: Page, visibleRoutes: readonly string[]): Promise<string[]> {
  const placed = new Set(await placedLabels(page, ["key-place-labels", "key-sea-labels", "end-labels"]));
  const ends = places.filter(
    (p) =>
      p.rank === 1 &&
      data.lines.features.some(
        (l) =>
          visibleRoutes.includes(l.properties.route) && (l.properties.from === p.name || l.properties.to === p.name),
      ),
  );
  const { width, height, points } = await onCanvas(
    page,
    ends.map((p) => p.name),
  );
  const km = (a: [number, number], b: [number, number]) => {
    const rad = Math.PI / 180;
    const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
    const y = (b[1] - a[1]) * rad;
    return Math.hypot(x, y) * 6371;
  };
  const missing = keyNames.filter((n) => !placed.has(n));
  for (const end of ends) {
    const pt = points.find((p) => p.name === end.name);
    const inView = pt && pt.x >= 0 && pt.y >= 0 && pt.x <= width && pt.y <= height;
    if (!inView || placed.has(end.name)) continue;
    const neighbour = places.some((p) => p.rank <= 1 && placed.has(p.name) && km(p.at, end.at) < 60);
    if (!neighbour) missing.push(end.name);
  }
  return missing;
}

test.describe("the map reads from the back row", () => {
  // Slides jump rather than fly, so each view is checked as it will stand.
  test.use({ reducedMotion: "reduce" });
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`opening view at ${size.width}×${size.height}: the Caspian, every route's name, Baku, Tbilisi and the ends are named; no name covers their rings; the key covers no line`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await openApp(page);
      await drawnAndIdle(page);
      expect(await placedRouteNames(page), "route names placed").toEqual(routes.map((r) => r.id));
      expect(
        await missingMustNames(
          page,
          routes.map((r) => r.id),
        ),
        "names that lost the collision contest",
      ).toEqual([]);
      // Names placed after the key places' names (the ends, other places, seas, countries, a
      // line's status) keep off the key places' rings: "Supsa" used to touch Tbilisi's at 1920.
      const onRings = await page.evaluate(
        ({ rings, layers }) => {
          const map = window.__caspianMap;
          if (!map) throw new Error("no map");
          return rings.flatMap(({ name, at, reach }) => {
            const { x, y } = map.project(at);
            const r = reach - 0.5;
            const over = map.queryRenderedFeatures(
              [
                [x - r, y - r],
                [x + r, y + r],
              ],
              { layers: layers.filter((l) => map.getLayer(l)) },
            );
            return over.map((f) => `${String(f.properties.name ?? f.properties.status)} on ${name}`);
          });
        },
        {
          rings: places
            .filter((p) => p.rank === 0 && p.kind !== "sea")
            .map((p) => ({ ...p, reach: dotReach(p.kind, mapScale(size.width, size.height, false)) })),
          layers: [
            "end-labels",
            "place-labels",
            "sea-labels",
            "country-labels",
            ...routes.map((r) => routeLayerIds(r.id).label),
          ],
        },
      );
      expect(onRings, "names on a key place's ring").toEqual([]);
      // No route line is drawn under the key.
      const underKey = (
        await featuresUnderKey(
          page,
          routes.map((r) => routeLayerIds(r.id).line),
        )
      ).map((f) => f.name);
      expect(underKey, "lines under the key").toEqual([]);
    });
  }

  test("every slide that frames the region names the Caspian, Baku, Tbilisi, the ends and its routes, at 22 px or more", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    const regional = deck.filter((s) => "bounds" in s.camera);
    expect(regional.length).toBeGreaterThan(3);
    await page.goto(`/?slide=${regional[0].id}`);
    await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
    for (const s of regional) {
      // A typed slide number and Enter jump there, as a teacher would.
      const n = deck.findIndex((d) => d.id === s.id) + 1;
      for (const digit of String(n)) await page.keyboard.press(digit);
      await page.keyboard.press("Enter");
      await expect(page.locator(".present-bar .progress")).toHaveText(`Slide ${n} of ${deck.length}`);
      await drawnAndIdle(page);
      const visible: string[] = s.visible === "all" ? routes.map((r) => r.id) : [...s.visible];
      expect(await placedRouteNames(page), `${s.id}: route names`).toEqual(
        routes.map((r) => r.id).filter((id) => visible.includes(id)),
      );
      expect(await missingMustNames(page, visible), `${s.id}: names lost`).toEqual([]);
      const bounds = "bounds" in s.camera ? s.camera.bounds : undefined;
      if (bounds) {
        expect(await cutInside(page, bounds), `${s.id}: names cut at the map's edge`).toEqual([]);
      }
      // The smallest label size the map asks for at this zoom (text-size stops × the scale).
      const smallest = await page.evaluate(() => {
        const map = window.__caspianMap;
        if (!map) return 0;
        const sizes: number[] = [];
        for (const id of ["place-labels", "key-place-labels", "country-labels", "sea-labels", "key-sea-labels"]) {
          const v = map.getLayoutProperty(id, "text-size") as unknown;
          const nums =
            JSON.stringify(v)
              .match(/-?\d+(\.\d+)?/g)
              ?.map(Number) ?? [];
          // ["interpolate", ["linear"], ["zoom"], 3, a, 7, b]: the sizes are every other number after the first stop.
          sizes.push(Array.isArray(v) ? Math.min(nums[1], nums[3]) : Number(v));
        }
        return Math.min(...sizes);
      });
      expect(smallest, `${s.id}: smallest label, px`).toBeGreaterThanOrEqual(22);
    }
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
  ]) {
    test(`every slide that frames the region at ${size.width}×${size.height} shows its places' and routes' names whole`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      const regional = deck.filter((s) => "bounds" in s.camera);
      for (const s of regional) {
        await page.goto(`/?slide=${s.id}`);
        await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
        await drawnAndIdle(page);
        // Novorossiysk's and Karamay's names used to run off the sides of a narrow map column.
        const bounds = "bounds" in s.camera ? s.camera.bounds : undefined;
        if (bounds) {
          expect(await cutInside(page, bounds), `${s.id}: names cut at the map's edge`).toEqual([]);
        }
      }
    });
  }

  test("on a phone held upright the opening view shows its places' and routes' names whole", async ({ page }) => {
    for (const size of [
      { width: 375, height: 667 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await openApp(page);
      await drawnAndIdle(page);
      // A map taller than it was wide (62% of the window's height) zoomed in and cut "Karamay".
      expect(await cutInside(page, data.content.view.bounds), `${size.width}×${size.height}`).toEqual([]);
    }
  });

  test("the Caucasus slide at 1366×768 names Georgia, Armenia, Azerbaijan, Supsa, Erzurum and Tbilisi", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const slide = deck.find((s) => s.kind === "route" && s.highlight === "caucasus");
    if (!slide) throw new Error("no Caucasus slide");
    await page.goto(`/?slide=${slide.id}`);
    await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
    await drawnAndIdle(page);
    const placed = await placedLabels(page, ["country-labels", "place-labels", "key-place-labels", "end-labels"]);
    for (const name of ["GEORGIA", "ARMENIA", "AZERBAIJAN", "Supsa", "Erzurum", "Tbilisi"]) {
      expect(placed, name).toContain(name);
    }
  });

  test("a route slide and a chosen route frame every line's ends with room for their names, clear of the key", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const check = async (routeId: string, where: string) => {
      const ends = places.filter(
        (p) =>
          p.rank <= 1 &&
          data.lines.features.some(
            (l) => l.properties.route === routeId && (l.properties.from === p.name || l.properties.to === p.name),
          ),
      );
      const { width, height, points } = await onCanvas(
        page,
        ends.map((p) => p.name),
      );
      for (const pt of points) {
        // Room for a short name beside the dot: 40 px across, 12 px up and down.
        expect(pt.x, `${where}: ${pt.name} x`).toBeGreaterThan(40);
        expect(pt.x, `${where}: ${pt.name} x`).toBeLessThan(width - 40);
        expect(pt.y, `${where}: ${pt.name} y`).toBeGreaterThan(12);
        expect(pt.y, `${where}: ${pt.name} y`).toBeLessThan(height - 12);
      }
    };
    for (const route of routes) {
      const slide = deck.find((s) => s.kind === "route" && s.highlight === route.id);
      if (!slide) continue;
      await page.goto(`/?slide=${slide.id}`);
      await expect(page.locator("section.map")).toHaveAttribute("data-ready", "true");
      await drawnAndIdle(page);
      await check(route.id, `slide ${slide.id}`);
    }
    await openApp(page);
    for (const route of routes) {
      await page.getByRole("button", { name: route.name, exact: true }).click();
      await expect(page.getByRole("article", { name: route.name })).toBeVisible();
      await drawnAndIdle(page);
      await check(route.id, `explorer, ${route.name} chosen`);
      // Nothing of the chosen route (its lines, its places' names) under the key in the corner:
      // choosing the East Asia route used to put Alashankou's name under it.
      const own = new Set(
        data.lines.features
          .filter((l) => l.properties.route === route.id)
          .flatMap((l) => [l.properties.from, l.properties.to]),
      );
      const underKey = await featuresUnderKey(page, [
        routeLayerIds(route.id).line,
        "end-labels",
        "place-labels",
        "key-place-labels",
      ]);
      expect(
        underKey.filter((f) => f.layer === routeLayerIds(route.id).line || own.has(f.name)).map((f) => f.name),
        `explorer, ${route.name} chosen: under the key`,
      ).toEqual([]);
    }
  });
});

test.describe("map conventions", () => {
  test("a scale bar, a home button that restores the opening view, and a tooltip naming the line under the pointer", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page);
    await expect(page.locator(".maplibregl-ctrl-scale")).toHaveText(/\d+\s*km/);
    const view = () =>
      page.evaluate(() => {
        const map = window.__caspianMap;
        if (!map) throw new Error("no map");
        const c = map.getCenter();
        return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
      });
    const opening = await view();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await settle(page);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await settle(page);
    expect((await view()).zoom).toBeGreaterThan(opening.zoom + 1);
    await page.getByRole("button", { name: "Show the whole region" }).click();
    await expect.poll(async () => Math.abs((await view()).zoom - opening.zoom)).toBeLessThan(0.05);
    await settle(page);
    const home = await view();
    expect(Math.abs(home.lon - opening.lon)).toBeLessThan(0.5);
    expect(Math.abs(home.lat - opening.lat)).toBeLessThan(0.5);

    // Hovering a line: the tooltip names it and its status on the date shown.
    const line = data.lines.features.find(
      (l) => l.properties.status1997 === "operating" && l.properties.mode === "pipeline",
    );
    if (!line) throw new Error("no operating pipeline");
    const target = await page.evaluate((coords) => {
      const map = window.__caspianMap;
      if (!map) throw new Error("no map");
      const box = map.getCanvas().getBoundingClientRect();
      const mid = coords[Math.floor(coords.length / 2)] as [number, number];
      const { x, y } = map.project(mid);
      return { x: box.left + x, y: box.top + y };
    }, line.geometry.coordinates);
    await page.mouse.move(target.x, target.y);
    await expect(page.locator(".line-tip")).toBeVisible();
    const tip = (await page.locator(".line-tip").textContent()) ?? "";
    expect(tip).toContain(data.content.statusLabels.operating);
    expect(data.lines.features.some((l) => tip.startsWith(l.properties.name))).toBe(true);
    await page.mouse.move(5, 5);
    await expect(page.locator(".line-tip")).toHaveCount(0);

    // Focusing a route in the list (no mouse) names it and its lines' statuses on the map.
    await page.getByRole("button", { name: routes[0].name, exact: true }).focus();
    await expect(page.locator(".line-tip")).toContainText(`${routes[0].name}:`);
    await expect(page.locator(".line-tip")).toContainText(/\d+ (operating|proposed|agreed)/);
    await page.getByRole("button", { name: routes[0].name, exact: true }).blur();
    await expect(page.locator(".line-tip")).toHaveCount(0);
  });
});
