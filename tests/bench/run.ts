/**
 * npm run bench: builds the app and the baseline page (a bare MapLibre page with the same data),
 * serves both on loopback, and measures each in headless Chromium — every figure the median of
 * RUNS fresh browser contexts. Prints app, baseline and app/baseline, writes
 * tests/bench/results/latest.json (and a dated copy), and exits 1 if a budget is broken.
 */
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { cpus, totalmem } from "node:os";
import { extname, join, resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "@playwright/test";
import { chromiumMissingMessage, chromiumPath } from "../chromium-path";

const RUNS = 7;
const root = resolve(import.meta.dirname, "../..");
const budgets = { transfer: 1.25, firstRender: 1.15 };

const TYPES: Record<string, string> = {
  ".js": "js",
  ".mjs": "js",
  ".css": "css",
  ".html": "html",
  ".geojson": "data",
  ".json": "data",
  ".pbf": "data",
  ".woff2": "fonts",
  ".woff": "fonts",
  ".svg": "images",
  ".png": "images",
  ".webmanifest": "data",
};
const MIME: Record<string, string> = {
  js: "text/javascript",
  css: "text/css",
  html: "text/html",
  data: "application/octet-stream",
  fonts: "font/woff2",
  images: "image/png",
};

/** A plain static server on loopback that records what each page load asked for. */
function serve(dir: string, port: number): Promise<{ server: Server; requested: string[] }> {
  const requested: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      if (!file.startsWith(dir) || !statSync(file).isFile()) throw new Error("not found");
      requested.push(file);
      const type = TYPES[extname(file)] ?? "data";
      res.writeHead(200, { "content-type": type === "images" && file.endsWith(".svg") ? "image/svg+xml" : MIME[type] });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok({ server, requested })));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

type Sizes = Record<string, { raw: number; gzip: number; brotli: number }>;

function sizesOf(files: string[]): { total: Sizes[string]; byType: Sizes } {
  const byType: Sizes = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of new Set(files)) {
    const buf = readFileSync(f);
    const s = { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length };
    const type = TYPES[extname(f)] ?? "other";
    byType[type] ??= { raw: 0, gzip: 0, brotli: 0 };
    for (const k of ["raw", "gzip", "brotli"] as const) {
      byType[type][k] += s[k];
      total[k] += s[k];
    }
  }
  return { total, byType };
}

async function firstIdle(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName("caspian:first-idle").length > 0, null, {
    timeout: 30_000,
  });
  return page.evaluate(() => performance.getEntriesByName("caspian:first-idle")[0].startTime);
}

type Target = {
  kind: "app" | "baseline";
  url: string;
  requested: string[];
  runs: Record<string, number>[];
  firstLoad: ReturnType<typeof sizesOf> | null;
};

/** One measured visit in a fresh context. */
async function measureOnce(browser: Browser, t: Target): Promise<void> {
  const { kind, url, requested } = t;
  // Fresh context: empty cache, no service worker, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  const page = await context.newPage();
  requested.length = 0;
  await page.goto(url);
  const render = await firstIdle(page);
  await page.waitForLoadState("networkidle");
  t.firstLoad ??= sizesOf(requested);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  // Toggle: from the key press (app) or the layout change (baseline) to the map's next idle.
  const toggle = await page.evaluate(async (isApp) => {
    const map = window.__caspianMap;
    if (!map) return Number.NaN;
    const t0 = performance.now();
    const idle = new Promise<number>((ok) => map.once("idle", () => ok(performance.now() - t0)));
    if (isApp) window.dispatchEvent(new KeyboardEvent("keydown", { key: "1" }));
    else map.setLayoutProperty("route-iran-line", "visibility", "none");
    map.triggerRepaint();
    return idle;
  }, kind === "app");
  const run: Record<string, number> = { firstRenderMs: render, toggleMs: toggle, heapMB: heap / 2 ** 20 };
  if (kind === "app") {
    run.openDetailMs = await page.evaluate(async () => {
      const button = document.getElementById("open-russia");
      if (!button) return Number.NaN;
      const t0 = performance.now();
      button.click();
      while (!document.getElementById("route-detail")) await new Promise((r) => setTimeout(r, 1));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return performance.now() - t0;
    });
  }
  t.runs.push(run);
  await context.close();
}

function summary(t: Target) {
  const keys = Object.keys(t.runs[0]);
  return {
    medians: Object.fromEntries(keys.map((k) => [k, median(t.runs.map((r) => r[k]))])),
    runs: t.runs,
    firstLoad: t.firstLoad as ReturnType<typeof sizesOf>,
  };
}

async function main() {
  const missing = chromiumMissingMessage(chromiumPath());
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const t0 = Date.now();
  console.log("Building the app and the baseline page…");
  execSync("npm run build --silent", { cwd: root, stdio: "ignore" });
  execSync("npm run build:baseline --silent", { cwd: root, stdio: "ignore" });
  const app = await serve(join(root, "dist"), 4180);
  const base = await serve(join(root, "dist-baseline"), 4181);
  console.log(`Measuring, ${RUNS} fresh contexts each…`);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const targets: Target[] = [
    { kind: "app", url: "http://127.0.0.1:4180/", requested: app.requested, runs: [], firstLoad: null },
    { kind: "baseline", url: "http://127.0.0.1:4181/", requested: base.requested, runs: [], firstLoad: null },
  ];
  // Alternate app and baseline, so a machine that slows down or warms up affects both alike.
  for (let i = 0; i < RUNS; i++) for (const t of targets) await measureOnce(browser, t);
  await browser.close();
  const [a, b] = targets.map(summary);
  app.server.close();
  base.server.close();

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: [string, number, number | null, (n: number) => string][] = [
    ["first complete render (ms)", a.medians.firstRenderMs, b.medians.firstRenderMs, (n) => n.toFixed(0)],
    ["toggle to redrawn (ms)", a.medians.toggleMs, b.medians.toggleMs, (n) => n.toFixed(0)],
    ["open a route's detail (ms)", a.medians.openDetailMs, null, (n) => n.toFixed(0)],
    ["JS heap after load (MB)", a.medians.heapMB, b.medians.heapMB, (n) => n.toFixed(1)],
    ["first load, gzip", a.firstLoad.total.gzip, b.firstLoad.total.gzip, kb],
    ["first load, brotli", a.firstLoad.total.brotli, b.firstLoad.total.brotli, kb],
    ["first load, uncompressed", a.firstLoad.total.raw, b.firstLoad.total.raw, kb],
  ];
  for (const type of new Set([...Object.keys(a.firstLoad.byType), ...Object.keys(b.firstLoad.byType)])) {
    rows.push([`  ${type}, gzip`, a.firstLoad.byType[type]?.gzip ?? 0, b.firstLoad.byType[type]?.gzip ?? 0, kb]);
  }
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`\n${pad("", 30)}${pad("app", 14)}${pad("baseline", 14)}app/baseline`);
  for (const [name, x, y, f] of rows) {
    console.log(`${pad(name, 30)}${pad(f(x), 14)}${pad(y === null ? "—" : f(y), 14)}${y ? (x / y).toFixed(2) : "—"}`);
  }
  const ratios = {
    transfer: a.firstLoad.total.gzip / b.firstLoad.total.gzip,
    firstRender: a.medians.firstRenderMs / b.medians.firstRenderMs,
  };
  const ok = ratios.transfer <= budgets.transfer && ratios.firstRender <= budgets.firstRender;
  console.log(
    `\nBudgets: transfer ${ratios.transfer.toFixed(2)} ≤ ${budgets.transfer}, first render ${ratios.firstRender.toFixed(2)} ≤ ${budgets.firstRender}: ${ok ? "met" : "BROKEN"}`,
  );
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    runs: RUNS,
    app: a,
    baseline: b,
    ratios,
    budgets,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  const out = join(root, "tests/bench/results");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(out, `${result.date.slice(0, 10)}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Wrote tests/bench/results/latest.json (${result.seconds} s).`);
  process.exit(ok ? 0 : 1);
}

void main();
