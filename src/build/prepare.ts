/**
 * Build step run before Vite (npm run prepare-data): validates geo/*.geojson and the content
 * file with the one zod schema, computes line facts with Turf, and writes
 *   src/generated/data.json          lines with drawn length and countries, places, route bounds
 *   src/generated/shell.html, poster.css  the first paint for index.html (header, time lens, poster)
 *   public/generated/basemap.packed.json  the same, packed for the live map (half the bytes)
 *   public/generated/basemap.geojson countries (1997 borders), borders and extra water, clipped
 *   public/generated/glyphs/…        map label glyphs for the bundled Noto Sans
 * Exits 1 with every problem listed (file and field) when the content is invalid.
 * Options: --geo DIR reads route files from DIR instead of geo/; --check validates only.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { content } from "../content/content";
import { packBasemap } from "../map/basemap-pack";
import { labelTexts } from "../map/labels";
import { buildBasemap, countries1997 } from "./basemap";
import { buildGlyphs, glyphRangesFor } from "./glyphs";
import { buildData, ContentError, readGeoDir, validateProject } from "./load-project";
import { buildShell } from "./shell";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function write(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

async function main(): Promise<void> {
  const geoDir = resolve(arg("--geo") ?? join(root, "geo"));
  const project = validateProject({ content, geo: readGeoDir(geoDir) });
  const data = buildData(project, countries1997());
  if (process.argv.includes("--check")) {
    console.log(`Content valid: ${data.lines.features.length} lines, ${data.places.features.length} places.`);
    return;
  }
  write(join(root, "src/generated/data.json"), JSON.stringify(data));

  const basemap = buildBasemap();
  for (const f of project.water.features)
    basemap.features.push({ ...f, properties: { ...f.properties, kind: "water" } });
  const publicOut = join(root, "public/generated");
  rmSync(publicOut, { recursive: true, force: true });
  write(join(publicOut, "basemap.geojson"), JSON.stringify(basemap));
  // The live map's copy: the same features at half the bytes (src/map/basemap-pack.ts).
  write(join(publicOut, "basemap.packed.json"), JSON.stringify(packBasemap(basemap)));
  // The first paint: header, time lens and the poster of the opening view (vite.config.ts puts it in #root).
  const shell = buildShell(data, basemap);
  write(join(root, "src/generated/shell.html"), shell.html);
  write(join(root, "src/generated/poster.css"), shell.css);

  const texts = labelTexts(data, project.content);
  const ranges = glyphRangesFor(texts);
  for (const glyph of await buildGlyphs(ranges, texts)) write(join(publicOut, "glyphs", glyph.path), glyph.data);
  console.log(
    `Prepared ${data.lines.features.length} lines, ${data.places.features.length} places, basemap of ${basemap.features.length} features, glyph ranges ${ranges.join(", ")}.`,
  );
}

main().catch((e: unknown) => {
  if (e instanceof ContentError) {
    console.error(`\n${e.message}\n\nFix the fields named above, then run the command again.\n`);
  } else console.error(e);
  process.exit(1);
});
