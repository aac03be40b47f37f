import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";
import { FULL_FONTS, LABEL_FONTS } from "../map/label-fonts";

const EMBEDDED_STACKS: string[] = [FULL_FONTS.bold, LABEL_FONTS.regular];

/**
 * The one-file build (npm run build:single): the whole app in dist-single/caspian-routes.html,
 * which opens from file:// with no server and no network. vite-plugin-singlefile inlines the
 * scripts and styles; these plugins carry the rest (basemap, glyphs, bibliography) inside the
 * bundle and give the page a Content-Security-Policy made of the hashes of its own inline code.
 */

export const ONE_FILE_NAME = "caspian-routes.html";
const VIRTUAL = "virtual:caspian-embedded";

/**
 * The files the app fetches in the hosted build, by the path it asks for: text, or gzip then
 * base64 (unzipped in the page with DecompressionStream: glyph PBFs as plain base64 would cost
 * 20% more in the gzip of the file). The basemap goes in packed (src/map/basemap-pack.ts). Of
 * the glyphs, only what the map can ask for: the bold stack whole (a name a teacher types is
 * drawn in it; the built-in bold labels read it too) and the regular labels' subset (no layer
 * draws typed text in regular; src/map/label-fonts.ts).
 */
function embeddedFiles(publicDir: string): Record<string, string | { gzip64: string }> {
  const files: Record<string, string | { gzip64: string }> = {
    "generated/basemap.packed.json": readFileSync(join(publicDir, "generated/basemap.packed.json"), "utf8"),
    "facts.md": readFileSync(join(publicDir, "facts.md"), "utf8"),
  };
  const glyphs = join(publicDir, "generated/glyphs");
  for (const file of readdirSync(glyphs, { recursive: true }).map(String)) {
    const stack = file.split(/[\\/]/)[0];
    if (!file.endsWith(".pbf") || !EMBEDDED_STACKS.includes(stack)) continue;
    files[`generated/glyphs/${file.split("\\").join("/")}`] = {
      gzip64: gzipSync(readFileSync(join(glyphs, file)), { level: 9 }).toString("base64"),
    };
  }
  return files;
}

/** `virtual:caspian-embedded`: the files above, as one module (see src/platform/embedded.d.ts). */
export function embeddedAssets(publicDir: string): Plugin {
  return {
    name: "caspian-embedded",
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load: (id) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(embeddedFiles(publicDir))};` : null),
  };
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The policy for the one file. Its scripts and its style are inline, so they are allowed by hash
 * (not 'unsafe-inline'); there is no origin to name ('self' means nothing on file://), so nothing
 * else may load at all: workers and the files they read come as data: URLs, fonts as
 * data: URLs in the style, and map pictures for the handout as data: or blob: images.
 */
export function oneFileCsp(scriptHashes: readonly string[], styleHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(" ")}`,
    // Chromium starts no worker from a file:// page's blob: URLs: both workers are data: URLs.
    "worker-src data:",
    `style-src ${styleHashes.join(" ")}`,
    "img-src data: blob:",
    "font-src data:",
    "connect-src data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The import worker, built by Vite as a file of its own (`?worker&url`), goes into the page as a
 * string the app turns into a data: URL: a JavaScript string gzips like the code itself, where
 * base64 would not. "<" is escaped so no "</script>" in it can end the page's script.
 */
function inlineImportWorker(html: string, bundle: Record<string, { type: string }>): string {
  const name = Object.keys(bundle).find((f) => /^import-worker-[\w-]+\.js$/.test(f));
  const chunk = name ? (bundle[name] as { type: string; code?: string; source?: string | Uint8Array }) : undefined;
  const code = chunk?.code ?? (typeof chunk?.source === "string" ? chunk.source : undefined);
  const reference = name ? `new URL(\`${name}\`,import.meta.url).href` : "";
  if (!name || code === undefined || !html.includes(reference))
    throw new Error("the one-file build could not find the import worker to put inside the page");
  delete bundle[name];
  const literal = JSON.stringify(code).replaceAll("<", "\\u003c");
  return html.replace(reference, () => `("data:text/javascript;charset=utf-8,"+encodeURIComponent(${literal}))`);
}

/**
 * Finishes the page after vite-plugin-singlefile has inlined everything: drops what cannot load
 * from a file (the web manifest; the WOFF fallbacks every MapLibre-capable browser skips for
 * WOFF2), inlines the icon, adds the policy, names the file, and puts a copy beside a hosted
 * build's index.html, where "Download this app" fetches it.
 */
export function oneFilePage(root: string): Plugin {
  return {
    name: "caspian-one-file-page",
    enforce: "post",
    transformIndexHtml: {
      order: "pre",
      handler: (html) =>
        html
          .replace(/\s*<link rel="manifest"[^>]*>/, "")
          .replace(
            /href="icons\/icon\.svg"/,
            `href="data:image/svg+xml;base64,${readFileSync(join(root, "public/icons/icon.svg")).toString("base64")}"`,
          ),
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const page = bundle["index.html"];
        if (page?.type !== "asset") throw new Error("the one-file build made no index.html");
        let html = String(page.source)
          // url(data:font/woff;base64,…) format("woff") after the WOFF2 source of each face.
          .replace(/,\s*url\(data:font\/woff;base64,[^)]*\)\s*format\(["']woff["']\)/g, "");
        const inline = (tag: string) =>
          // The opening tag alone says whether it is code: a data block's text needs no hash.
          [...html.matchAll(new RegExp(`(<${tag}(?![^>]*\\bsrc=)[^>]*>)([\\s\\S]*?)</${tag}>`, "g"))]
            .filter((m) => !/type="application\/json"/.test(m[1]))
            .map((m) => sha256(m[2]));
        html = inlineImportWorker(html, bundle);
        const csp = oneFileCsp(inline("script"), inline("style"));
        if (/<(script|link)[^>]+(src|href)="(?!data:)[^"]+"/.test(html))
          throw new Error("the one-file page still names a file to load");
        html = html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
        delete bundle["index.html"];
        this.emitFile({ type: "asset", fileName: ONE_FILE_NAME, source: html });
      },
    },
    closeBundle() {
      const hosted = resolve(root, "dist");
      if (existsSync(join(hosted, "index.html")))
        copyFileSync(resolve(root, "dist-single", ONE_FILE_NAME), join(hosted, ONE_FILE_NAME));
    },
  };
}
