import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { defineConfig } from "vitest/config";
import { firstFontsScript, uprightFaces } from "./src/build/first-fonts";
import { offlinePlugin } from "./src/build/offline-plugin";
import { embeddedAssets, oneFilePage } from "./src/build/one-file-plugin";
import { AFTER_FIRST_PAINT } from "./src/map/frame";

/**
 * The production page's Content-Security-Policy: everything from the page's own origin, no
 * inline scripts but the first paint's two (fonts and poster, allowed by their hashes below), no
 * eval. MapLibre's worker is a same-origin file (worker-src 'self'); map pictures for the handout
 * are data: URLs; the upright fonts are font data a script hands over, which font-src does not
 * govern (inlineStyles); MapLibre and React set styles through the CSSOM, which style-src does
 * not restrict. Build only: Vite's dev server injects inline scripts.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
  return {
    name: "caspian-csp",
    apply: "build",
    // After the other page transforms, so it reads the page as served (inlineStyles has run).
    transformIndexHtml: {
      order: "post",
      handler: (html) => {
        // The page's inline scripts are allowed, each by its hash: the one that adds the first
        // paint's fonts and the one that places its poster; and one inline style, the page's.
        const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => ` ${sha(m[1])}`);
        const style = /<style>([\s\S]*?)<\/style>/.exec(html);
        const content = CSP.replace("script-src 'self'", `script-src 'self'${scripts.join("")}`).replace(
          "style-src 'self'",
          `style-src 'self'${style ? ` ${sha(style[1])}` : ""}`,
        );
        return [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content }, injectTo: "head-prepend" }];
      },
    },
  };
}

const root = import.meta.dirname;

/** The first paint the build drew (src/build/shell.tsx). */
const shellHtml = () => readFileSync(join(root, "src/generated/shell.html"), "utf8");

/**
 * Puts the first paint the build drew (src/build/shell.tsx: header, time lens and the poster of
 * the opening view) into #root, so the routes show with the HTML, before any script has run.
 */
function firstPaint(): Plugin {
  return {
    name: "caspian-first-paint",
    transformIndexHtml: (html) => html.replace('<div id="root"></div>', `<div id="root">${shellHtml()}</div>`),
  };
}

/**
 * Paint first, then start the app: a module script that has loaded by the end of parsing runs
 * before the first paint, so the poster would wait for the app's JavaScript to be evaluated (a
 * second on a weak laptop). Preloading the modules from the head is not free either: Chromium
 * fetches and compiles them while the poster is laid out, which put the first frame about 50 ms
 * later (128 against 76 ms to the poster drawn, 1280×800, 30 November). So in the hosted build
 * the entry and the chunks it imports are preload links held in an inert <template>, and the
 * poster's script (src/map/frame.ts) puts them in the head and starts the entry once the first
 * frame is painted.
 */
function paintBeforeScripts(): Plugin {
  return {
    name: "caspian-paint-before-scripts",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) => {
        const links: string[] = [];
        const page = html
          .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/, (_, src: string) => {
            links.unshift(`<link rel="modulepreload" crossorigin href="${src}" data-app-entry>`);
            return "";
          })
          .replace(/<link rel="modulepreload"[^>]*>\s*/g, (link) => {
            links.push(link.trim());
            return "";
          });
        if (!links.some((link) => link.includes("data-app-entry"))) return html;
        return page.replace("</head>", `<template id="${AFTER_FIRST_PAINT}">${links.join("")}</template>\n</head>`);
      },
    },
  };
}

/**
 * The stylesheet goes inside the page: a separate file is one more request the first paint has
 * to wait for, and on a weak laptop its round trip, queued behind the scripts being preloaded,
 * cost about 0.1 s of the poster's 0.5 s (bench, 30 November). The Content-Security-Policy
 * allows exactly this <style> by its hash (contentSecurityPolicy); style attributes stay refused.
 */
function inlineStyles(): Plugin {
  return {
    name: "caspian-inline-styles",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html, ctx) => {
        /** The built file a page's link names. */
        const assetAt = (href: string) => {
          const asset = Object.values(ctx.bundle ?? {}).find(
            (a) => a.type === "asset" && href.endsWith(`/${a.fileName}`),
          );
          return asset?.type === "asset" ? asset : undefined;
        };
        let styles = "";
        const page = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (link, href: string) => {
          const asset = assetAt(href);
          if (!asset) return link;
          styles += typeof asset.source === "string" ? asset.source : new TextDecoder().decode(asset.source);
          return "";
        });
        if (!styles) return html;
        if (styles.includes("</style")) throw new Error("A stylesheet holds </style: it cannot go inside the page.");
        // The upright fonts (the first paint's text) travel inside the page and a head script
        // adds them as font data, decoded before the first layout (src/build/first-fonts.ts).
        // Preloaded as files instead, they held the poster's first paint back: 85 against 72 ms,
        // median of 21 fresh pages at 1280x800 on this machine (1 December). Each is about 13 KB,
        // which the page carries instead of a file of its own (gzip cannot shrink them further).
        // Italics appear only in quotations, opened later, and stay files, loaded when used.
        const fonts = uprightFaces(styles).map((face) => {
          const font = assetAt(face.href);
          if (!font || !ctx.bundle) throw new Error(`The font ${face.href} is not in the build.`);
          styles = styles.replace(face.rule, "");
          // Nothing names the rule's files any more (the WOFF2 and its WOFF fallback): they would
          // only be cached offline for nothing.
          for (const file of face.files) {
            const asset = assetAt(file);
            if (asset) delete ctx.bundle[asset.fileName];
          }
          return { ...face, base64: Buffer.from(font.source).toString("base64") };
        });
        // contentSecurityPolicy, which runs after, allows the script and the style by their hashes.
        const script = fonts.length > 0 ? `<script>${firstFontsScript(fonts)}</script>` : "";
        return page.replace("</head>", `${script}<style>${styles}</style>\n</head>`);
      },
    },
  };
}

/**
 * `vite build --mode single` (npm run build:single): the whole app as one HTML file,
 * dist-single/caspian-routes.html, for file:// (see src/build/one-file-plugin.ts). The asset
 * module is swapped for one that reads everything from inside the file.
 */
const oneFile = {
  publicDir: false as const,
  plugins: [react(), firstPaint(), embeddedAssets(join(root, "public")), viteSingleFile(), oneFilePage(root)],
  resolve: { alias: [{ find: /^(.*)\/platform\/assets$/, replacement: "$1/platform/assets-single" }] },
  worker: { format: "es" as const },
  build: { target: "es2022", outDir: "dist-single", emptyOutDir: true, sourcemap: false },
};

// BASE_PATH serves the app from a sub-path (e.g. /caspian-routes/ on a project page); default "/".
export default defineConfig(({ mode }) => ({
  ...(mode === "single" ? oneFile : hosted),
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  server: { host: "127.0.0.1" },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Property-based tests run hundreds of cases: on a loaded 2-core machine one took over the
    // default 5 s (CI, 30 November 2026). No unit test waits on time; this only bounds a hang.
    testTimeout: 30_000,
  },
}));

const hosted = {
  base: process.env.BASE_PATH ?? "/",
  plugins: [react(), firstPaint(), paintBeforeScripts(), inlineStyles(), contentSecurityPolicy(), offlinePlugin()],
  // MapLibre alone is about 1 MB minified (300 KB gzip), so the default 500 kB warning always fires.
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 1600 },
};
