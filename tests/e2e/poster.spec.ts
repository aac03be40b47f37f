import type { Page } from "@playwright/test";
import { expect, routes, test } from "./fixtures";

/**
 * The poster of the opening view (src/map/poster.ts) that index.html paints before any script:
 * routes and names at once, the live map taking over in the same frame without a jump.
 */

/** Holds back the requests `url` matches until release(). */
async function hold(page: Page, url: string | RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((ok) => {
    release = ok;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds the basemap back, so the live map cannot draw until release() (the poster stays up). */
const holdMap = (page: Page) => hold(page, "**/generated/basemap.packed.json");

/**
 * Holds the app's script back, so what shows until release() is the first paint alone (open
 * pages with waitUntil "domcontentloaded": the held script holds back the load event).
 */
const holdApp = (page: Page) => hold(page, /\/assets\/index-[^/]*\.js$/);

/**
 * Compares two PNG screenshots of the same size, decoded by a canvas in a blank page (the app's
 * CSP refuses data: fetches):
 * - changed: share of pixels that differ by more than 64 (of 255) in any channel;
 * - coastMismatch: of the pixels that are plain land or plain water in both, the share that is
 *   land in one and water in the other. Labels, lines and arrows are neither, so this measures
 *   the frame alone: a poster 10 px off the live map's frame mismatches about 1.9% (measured).
 */
async function compare(from: Page, a: Buffer, b: Buffer): Promise<{ changed: number; coastMismatch: number }> {
  const page = await from.context().newPage();
  return page.evaluate(
    async ([a64, b64]) => {
      const pixels = async (b64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      // style.ts's PALETTE: water, land, Kazakhstan's land.
      const classes: [number, number, number, string][] = [
        [185, 214, 232, "water"],
        [243, 240, 231, "land"],
        [251, 244, 217, "land"],
      ];
      const classOf = (d: Uint8ClampedArray, i: number) =>
        classes.find(([r, g, b]) => Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 16)?.[3];
      const [p, q] = [await pixels(a64), await pixels(b64)];
      let changed = 0;
      let both = 0;
      let mismatch = 0;
      for (let i = 0; i < p.length; i += 4) {
        const d = Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2]));
        if (d > 64) changed++;
        const [x, y] = [classOf(p, i), classOf(q, i)];
        if (x && y) {
          both++;
          if (x !== y) mismatch++;
        }
      }
      return { changed: changed / (p.length / 4), coastMismatch: mismatch / both };
    },
    [a.toString("base64"), b.toString("base64")] as const,
  );
}

test("the page's HTML already holds the four routes and their names, before any script runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const poster = page.getByTestId("map-poster");
  await expect(poster).toBeVisible();
  for (const route of routes) {
    await expect(poster.locator(`[data-route="${route.id}"]`).first()).toBeVisible();
    await expect(poster.getByText(route.mapLabel, { exact: true })).toBeVisible();
  }
  // Each once: a name placed differently for a smaller map (poster.ts) shows on that map alone.
  for (const name of ["Baku", "Tbilisi", "Caspian", "KAZAKHSTAN"])
    await expect(poster.getByText(name).filter({ visible: true })).toHaveCount(1);
  // The poster sits in the map's box: under the header, beside the route panel, above the time lens.
  const box = await poster.boundingBox();
  const header = await page.locator(".app-header").boundingBox();
  expect(box && header && box.y).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0) - 1);
  expect(box?.x).toBeGreaterThan(200);
  await context.close();
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
  { width: 640, height: 400 },
]) {
  test(`at ${size.width}×${size.height} the live map replaces the poster without a jump`, async ({ page }) => {
    await page.setViewportSize(size);
    const release = await holdMap(page);
    await page.goto("/");
    // The app has started (its own header, not the first paint's) and the poster is still up.
    await page.locator(".app:not([data-shell])").waitFor();
    const poster = page.getByTestId("map-poster");
    await expect(poster).toBeVisible();
    // Not announced twice: hidden from assistive technology (the map's own label says what it is).
    await expect(poster).toHaveAttribute("aria-hidden", "true");
    expect(await page.locator("body").ariaSnapshot()).not.toContain("KAZAKHSTAN");
    const wrap = page.locator(".map-wrap");
    // The legend sits over both; hide it so the comparison is of the maps alone.
    const hideOverlays = () =>
      page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>(".legend, .maplibregl-control-container"))
          el.style.visibility = "hidden";
      });
    await hideOverlays();
    const before = await wrap.screenshot();
    release();
    await expect(poster).toHaveCount(0);
    await page.waitForFunction(() => performance.getEntriesByName("caspian:first-idle").length > 0);
    await hideOverlays();
    const after = await wrap.screenshot();
    const { changed, coastMismatch } = await compare(page, before, after);
    test.info().annotations.push({
      type: "switch",
      description: `${(changed * 100).toFixed(1)}% of pixels changed; coasts ${(coastMismatch * 100).toFixed(2)}% off`,
    });
    // The same frame: coasts within a pixel or so.
    expect(coastMismatch).toBeLessThan(0.01);
    // The same routes and most of the same names: what changes is where a few labels and the
    // flow arrows sit (the poster places names once, for a laptop's map).
    expect(changed).toBeLessThan(0.12);
  });
}

test("on a 1024×768 screen the poster's names are placed for its smaller map, and overlap less", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const release = await holdMap(page);
  await page.goto("/");
  // Pairs of names shown whose boxes overlap by more than 4 px².
  const overlaps = () =>
    page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>(".map-poster-name")]
        .filter((e) => getComputedStyle(e).display !== "none")
        .map((e) => e.getBoundingClientRect());
      let pairs = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0 && h > 0 && w * h > 4) pairs++;
        }
      return { pairs, shown: boxes.length };
    });
  const narrow = await overlaps();
  // The laptop's placement at this size, for comparison (set through the CSSOM, which the
  // page's CSP allows).
  await page.evaluate(() => {
    for (const e of document.querySelectorAll<HTMLElement>(".map-poster-name.is-wide-only")) e.style.display = "block";
    for (const e of document.querySelectorAll<HTMLElement>(".map-poster-name.is-narrow-only")) e.style.display = "none";
  });
  const wide = await overlaps();
  test.info().annotations.push({
    type: "names",
    description: `1024×768: ${narrow.shown} names, ${narrow.pairs} overlapping pairs; laptop's placement ${wide.shown}, ${wide.pairs}`,
  });
  expect(narrow.shown).toBeGreaterThan(20);
  expect(narrow.pairs).toBeLessThan(wide.pairs);
  release();
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} no route's name runs across a capital's ring`, async ({ page }) => {
    // The poster places route names where the live map does (both from the build's anchor):
    // "Iran route" used to run across Ashgabat's ring at every size.
    await page.setViewportSize(size);
    const release = await holdMap(page);
    await page.goto("/");
    // A ring crosses a name when the circle meets the name's box, turned as the name is (a
    // turned name's bounding box is larger than the name).
    const crossings = await page.evaluate(() => {
      const names = [...document.querySelectorAll<HTMLElement>(".map-poster-route")].filter(
        (e) => e.getClientRects().length > 0,
      );
      const rings = [...document.querySelectorAll(".map-poster-dot.is-capital")].map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, radius: r.width / 2 };
      });
      return names.flatMap((name) => {
        const parent = name.offsetParent?.getBoundingClientRect();
        if (!parent) return [];
        // The names turn about their box's top left corner (transform-origin: 0 0).
        const toName = new DOMMatrix(getComputedStyle(name).transform).inverse();
        return rings
          .filter((ring) => {
            const p = toName.transformPoint({
              x: ring.x - parent.left - name.offsetLeft,
              y: ring.y - parent.top - name.offsetTop,
            });
            const dx = p.x - Math.min(Math.max(p.x, 0), name.offsetWidth);
            const dy = p.y - Math.min(Math.max(p.y, 0), name.offsetHeight);
            return Math.hypot(dx, dy) < ring.radius;
          })
          .map(() => name.textContent);
      });
    });
    expect(crossings).toEqual([]);
    release();
  });
}

test("the app's scripts are fetched only once the poster has been painted", async ({ page }) => {
  // Fetched (and compiled) while the page is parsed, they put the poster's first frame about
  // 50 ms later on this machine (vite.config.ts, paintBeforeScripts).
  await page.goto("/");
  await page.locator(".app:not([data-shell])").waitFor();
  const { painted, scripts } = await page.evaluate(() => ({
    painted: performance.getEntriesByName("caspian:routes-visible")[0]?.startTime ?? Number.NaN,
    scripts: performance
      .getEntriesByType("resource")
      .filter((r) => new URL(r.name).pathname.endsWith(".js"))
      .map((r) => ({ name: r.name, start: r.startTime })),
  }));
  // The entry and the chunks it imports at once: at least runtime, React and the app.
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const script of scripts) expect(script.start, script.name).toBeGreaterThanOrEqual(painted);
});

test("the first paint's text is laid out in the page's own font from the start, with no font file to fetch", async ({
  page,
}) => {
  // Fetched as files (even preloaded) they held the first paint back; as @font-face rules with
  // data: URLs they were decoded only after the first layout, done in fallback fonts and then
  // again (src/build/first-fonts.ts).
  await page.addInitScript(() => {
    const fonts = () =>
      [...document.fonts]
        .filter((f) => f.family.includes("Noto Sans") && f.style === "normal")
        .map((f) => `${f.weight} ${f.status}`)
        .sort();
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      // The frame that shows the poster has been painted (src/map/frame.ts): which fonts had it?
      if (name === "caspian:routes-visible") Object.assign(window, { firstFrameFonts: fonts() });
      return mark(name, options);
    };
    // The first layout: the poster's script measures the map (clientWidth) while the page is
    // still being parsed. Which fonts had it?
    const width = Object.getOwnPropertyDescriptor(Element.prototype, "clientWidth");
    Object.defineProperty(Element.prototype, "clientWidth", {
      configurable: true,
      get() {
        if (!("firstLayoutFonts" in window)) Object.assign(window, { firstLayoutFonts: fonts() });
        return width?.get?.call(this);
      },
    });
  });
  await page.goto("/");
  await page.locator(".app:not([data-shell])").waitFor();
  const fontFiles = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((r) => new URL(r.name).pathname)
      .filter((p) => /\.woff2?$/.test(p)),
  );
  expect(fontFiles).toEqual([]);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { firstLayoutFonts: string[]; firstFrameFonts: string[] };
    return { firstLayout: w.firstLayoutFonts, firstFrame: w.firstFrameFonts };
  });
  expect(seen).toEqual({ firstLayout: ["400 loaded", "700 loaded"], firstFrame: ["400 loaded", "700 loaded"] });
});

test("a page opened in a background tab starts the app without waiting to be shown", async ({ page }) => {
  // A background tab paints nothing and runs no animation frames until it is shown. The app
  // was started after the poster's first frame, so it only began to load when the teacher
  // switched to the tab. Here the page is hidden, and its animation frames never come.
  await page.addInitScript(() => {
    Object.defineProperty(document, "visibilityState", { get: () => "hidden" });
    Object.defineProperty(document, "hidden", { get: () => true });
    window.requestAnimationFrame = () => 0;
  });
  await page.goto("/");
  await expect(page.locator(".app:not([data-shell])")).toBeAttached();
  await expect(page.getByRole("button", { name: "Present" })).toBeAttached();
});

test("a link that opens on another view drops the poster at once", async ({ page }) => {
  const release = await holdMap(page);
  await page.goto(`/?routes=${routes[0].id}`);
  await page.locator(".app:not([data-shell])").waitFor();
  await expect(page.getByTestId("map-poster")).toHaveCount(0);
  release();
});

test("a link to a slide, or the presenter's window, paints no explorer outline before its own shell", async ({
  page,
}) => {
  const release = await holdApp(page);
  const open = (query: string) => page.goto(`/${query}`, { waitUntil: "domcontentloaded" });
  // The explorer's own link paints its header and poster first …
  await open("");
  await expect(page.locator("[data-shell]")).toBeVisible();
  await expect(page.getByTestId("map-poster")).toBeVisible();
  // … a presentation's link and the presenter's window paint nothing until the app draws them.
  for (const query of ["?slide=iran-route", "?view=presenter&slide=title"]) {
    await open(query);
    await expect(page.locator("[data-shell]")).toBeAttached();
    await expect(page.locator("[data-shell]")).toBeHidden();
  }
  release();
  await expect(page.locator(".presenter")).toBeVisible();
  await expect(page.locator("[data-shell]")).toHaveCount(0);
  await page.goto("/?slide=iran-route");
  await expect(page.locator(".present-bar")).toBeVisible();
});

test("a button pressed on the first paint, before the app has started, is pressed again once it has", async ({
  page,
}) => {
  const release = await holdApp(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  // The first paint's button: the app is not there yet to answer it.
  await page.locator("[data-shell]").getByRole("button", { name: "Routes table" }).click();
  await expect(page.getByRole("dialog", { name: "Routes table" })).toHaveCount(0);
  release();
  await expect(page.getByRole("dialog", { name: "Routes table" })).toBeVisible();
  await expect(page.locator("[data-shell]")).toHaveCount(0);
});

for (const name of ["Slides", "Sources"]) {
  test(`a keyboard user's focus on the first paint's ${name} button stays there when the app takes over`, async ({
    page,
  }) => {
    const release = await holdApp(page);
    await page.goto("/", { waitUntil: "domcontentloaded" });
    const button = page.locator("[data-shell]").getByRole("button", { name });
    // Tab through the first paint until the button has focus.
    for (let i = 0; i < 20 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(button).toBeFocused();
    release();
    await expect(page.locator("[data-shell]")).toHaveCount(0);
    await expect(page.getByRole("button", { name, exact: true })).toBeFocused();
  });
}

test("the map's buttons stay hidden until MapLibre's stylesheet has arrived, then show styled", async ({ page }) => {
  // A slow network: MapLibre's stylesheet, which the app requests as it starts, is held back.
  const release = await hold(page, /\/assets\/maplibre-[^/]+\.css$/);
  // A link to another view: no poster covers the map while it starts. (The held stylesheet
  // holds back the page's load event too, so this waits only for the navigation.)
  await page.goto(`/?routes=${routes[0].id}`, { waitUntil: "commit" });
  const zoomIn = page.getByRole("button", { name: "Zoom in", includeHidden: true });
  await zoomIn.waitFor({ state: "attached" });
  await expect(zoomIn).toBeHidden();
  release();
  await expect(zoomIn).toBeVisible();
  // Styled by MapLibre's rules: a 29 px square in its group, at the map's top right.
  const box = await zoomIn.boundingBox();
  const map = await page.locator(".map-wrap").boundingBox();
  expect(box?.width).toBeCloseTo(29, 0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan((map?.x ?? 0) + (map?.width ?? 0) - 20);
});

/**
 * Samples, in every animation frame from the first, the live map's canvas: its resolution against
 * the screen's, and whether the poster still stands over it.
 */
async function sampleCanvas(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const samples: { draft: boolean; covered: boolean }[] = [];
    (window as unknown as { __canvasSamples: typeof samples }).__canvasSamples = samples;
    const sample = () => {
      const canvas = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
      if (canvas && canvas.clientWidth > 0) {
        const full = Math.floor(canvas.clientWidth * devicePixelRatio);
        const poster = document.querySelector<HTMLElement>("[data-testid='map-poster']");
        samples.push({ draft: canvas.width < full * 0.5, covered: !!poster?.isConnected && poster.checkVisibility() });
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

const canvasSamples = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __canvasSamples: { draft: boolean; covered: boolean }[] }).__canvasSamples,
  );

test("behind the poster the map draws its first frames at low resolution, and is handed over at full", async ({
  page,
}) => {
  await sampleCanvas(page);
  await page.goto("/");
  await page.waitForFunction(() => performance.getEntriesByName("caspian:first-idle").length > 0);
  await expect(page.getByTestId("map-poster")).toHaveCount(0);
  const samples = await canvasSamples(page);
  // Drafts were drawn (the cheap frames), and never one without the poster over it.
  expect(samples.filter((s) => s.draft).length).toBeGreaterThan(0);
  expect(samples.filter((s) => s.draft && !s.covered)).toEqual([]);
  // The map handed over is as sharp as the screen.
  const sharp = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
    return canvas ? canvas.width / Math.floor(canvas.clientWidth * devicePixelRatio) : 0;
  });
  expect(sharp).toBe(1);
});

test("a link that opens on another view, with no poster, draws the map at full resolution from its first frame", async ({
  page,
}) => {
  await sampleCanvas(page);
  await page.goto(`/?routes=${routes[0].id}`);
  await page.waitForFunction(() => performance.getEntriesByName("caspian:first-idle").length > 0);
  const samples = await canvasSamples(page);
  expect(samples.length).toBeGreaterThan(0);
  expect(samples.filter((s) => s.draft)).toEqual([]);
});
