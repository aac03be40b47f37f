import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

/** Checks on the production build in dist/ (npm test builds it first). */
const dist = resolve(import.meta.dirname, "../../dist");
if (!existsSync(join(dist, "index.html"))) {
  throw new Error(`No production build in ${dist}: run "npm run build" first (npm test does).`);
}
const read = (rel: string) => readFileSync(join(dist, rel));
const html = read("index.html").toString();

/** The JavaScript a first visit loads: the entry script and the chunks it preloads. */
const initialJs = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map(
  (m) => m[1],
);
const lazyJs = readdirSync(join(dist, "assets"))
  .filter((f) => f.endsWith(".js"))
  .map((f) => `assets/${f}`)
  .filter((f) => !initialJs.includes(f));

/**
 * Text only the on-demand parts show: presentation, presenter view, handout, routes table, the
 * import dialog and its file reader, the export dialog, and the storage code.
 */
const ON_DEMAND = [
  "Predict first",
  "Presenter view",
  "How to read the maps",
  "Every line, as in",
  "Slide controls",
  "Describe the route",
  "is not UTF-8 text",
  "Save all routes (GeoJSON)",
  "is not letting the app save",
];

describe("the production build", () => {
  it("finds the first visit's JavaScript", () => {
    expect(initialJs.length).toBeGreaterThan(0);
  });

  it.each(ON_DEMAND)("keeps “%s” out of the first visit's JavaScript (loaded on demand)", (text) => {
    for (const file of initialJs) expect(read(file).toString(), file).not.toContain(text);
    // And the text does exist, in a chunk loaded later, so this check can fail.
    expect(lazyJs.some((f) => read(f).toString().includes(text))).toBe(true);
  });

  /** The map's files a first visit loads: the packed basemap and the built-in labels' glyphs. */
  const mapData = () => [
    "generated/basemap.packed.json",
    ...readdirSync(join(dist, "generated/glyphs"), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".pbf") && f.includes("-labels"))
      .map((f) => `generated/glyphs/${f}`),
  ];

  it("keeps the map's first data (countries, borders, label glyphs) within 60 KB gzip", () => {
    const gzip = mapData().reduce((sum, f) => sum + gzipSync(read(f), { level: 9 }).length, 0);
    expect(mapData().length).toBe(3);
    expect(gzip).toBeLessThanOrEqual(60 * 1024);
  });

  it("carries a Content-Security-Policy and a service worker listing the app's files", () => {
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    const sw = read("sw.js").toString();
    for (const f of [...initialJs, ...mapData(), "generated/basemap.geojson", "manifest.webmanifest"])
      expect(sw).toContain(`"${f}"`);
    // Importing works offline too: the import worker is precached with the rest.
    const worker = readdirSync(join(dist, "assets")).find((f) => /^import-worker-.*\.js$/.test(f));
    expect(worker).toBeDefined();
    expect(sw).toContain(`"assets/${worker}"`);
  });
});

/** The stylesheets the first visit's JavaScript asks for (MapLibre's, kept out of the page). */
function mapLibreCss(): string[] {
  const named = initialJs.flatMap((f) =>
    [
      ...read(f)
        .toString()
        .matchAll(/"(assets\/[^"]+\.css)"/g),
    ].map((m) => m[1]),
  );
  return [...new Set(named)];
}

describe("the first paint's style", () => {
  it("holds the page's style and its upright fonts, but leaves MapLibre's stylesheet to the app", () => {
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? "";
    expect(style).toContain(".map-poster");
    // MapLibre's own rules are not parsed before the first paint…
    expect(style).not.toContain(".maplibregl-canvas{");
    // …but the app's script loads them, in a cascade layer so the page's adjustments win.
    const css = mapLibreCss();
    expect(css).toHaveLength(1);
    const sheet = read(css[0]).toString();
    expect(sheet.startsWith("@layer maplibre{")).toBe(true);
    expect(sheet).toContain(".maplibregl-canvas{");
    // The upright fonts (the first paint's) are inside the page, added as font data by a head
    // script before the style, so the first layout has them decoded; the italic one stays a
    // file, loaded once a quotation needs it.
    const faces = style.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(1);
    expect(faces[0]).toContain("font-style:italic");
    expect(faces[0]).toMatch(/url\(\/?assets\/[^)]+\.woff2\)/);
    const head = html.slice(0, html.indexOf("</head>"));
    const fontScript = /<script>([\s\S]*?)<\/script>\s*<style>/.exec(head)?.[1] ?? "";
    const added = [...fontScript.matchAll(/\["Noto Sans","(\d+)","d09GMg[A-Za-z0-9+/=]{10000,}"\]/g)].map((m) => m[1]);
    expect(added).toEqual(["400", "700"]);
    expect(fontScript).toContain("document.fonts.add(new FontFace(");
    expect(html).not.toContain('rel="preload" as="font"');
    // The files nothing names any more are not left in the build, cached offline for nothing.
    expect(readdirSync(join(dist, "assets")).filter((f) => /-normal-[^.]+\.woff2?$/.test(f))).toEqual([]);
    // The page's policy allows each inline script by its hash, and no font from a data: URL.
    const policy =
      /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1].replaceAll("&#39;", "'") ?? "";
    const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(2);
    for (const script of scripts) expect(policy).toContain(sha(script));
    expect(policy).toContain("font-src 'self';");
  });
});

describe("the one-file build", () => {
  const single = resolve(import.meta.dirname, "../../dist-single/caspian-routes.html");
  const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

  /**
   * What a first visit to the hosted build downloads, gzip: page (with its style), scripts, worker,
   * map data; the two upright fonts are inside the page (the italic one waits for a quotation).
   */
  function hostedFirstLoad(): number {
    const linked = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/?([^"]+\.css)"/g)].map((m) => m[1]);
    // The style is inside the page (vite.config.ts, inlineStyles), not a file of its own.
    expect(linked).toEqual([]);
    expect(html).toMatch(/<style>[^<]*\.map-poster/);
    // MapLibre's stylesheet is a file the app's script asks for as it starts (map-view.tsx).
    const css = mapLibreCss();
    const assets = readdirSync(join(dist, "assets")).filter((f) => /^maplibre-gl-worker-.*\.mjs$/.test(f));
    const glyphs = readdirSync(join(dist, "generated/glyphs"), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".pbf") && f.includes("-labels"))
      .map((f) => `generated/glyphs/${f}`);
    const files = [
      "index.html",
      ...initialJs,
      ...css,
      ...assets.map((f) => `assets/${f}`),
      "generated/basemap.packed.json",
      ...glyphs,
    ];
    expect(assets.length).toBe(1);
    return files.reduce((sum, f) => sum + gz(read(f)), 0);
  }

  it("is at most 1.3 times the hosted build's first load, both gzip", () => {
    if (!existsSync(single)) throw new Error(`No one-file build at ${single}: run "npm run build" (npm test does).`);
    const ratio = gz(readFileSync(single)) / hostedFirstLoad();
    expect(ratio).toBeLessThanOrEqual(1.3);
    // And it is the whole app: the on-demand parts are inside it too.
    const text = readFileSync(single, "utf8");
    for (const words of ON_DEMAND) expect(text).toContain(words);
  });

  it("names no file to load, and allows its own inline code by hash only", () => {
    const text = readFileSync(single, "utf8");
    expect(text).not.toMatch(/<(script|link)[^>]+(src|href)="(?!data:)[^"]+"/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? "";
    expect(csp).toMatch(/script-src 'sha256-[^']+'(;| )/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("default-src 'none'");
  });
});
