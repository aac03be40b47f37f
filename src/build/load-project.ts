import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import turfBbox from "@turf/bbox";
import type { z } from "zod";
import {
  type BuiltData,
  type Content,
  contentSchema,
  type LineFeature,
  type PlaceFeature,
  placesFileSchema,
  routeFileSchema,
  type WaterFile,
  waterFileSchema,
} from "../content/schema";
import { periodEnd, periodStart, statusAt, stepDay } from "../content/timeline";
import type { CountryFeature } from "./basemap";
import { lineStats, placeRanks, routeLabelAnchor } from "./route-stats";

/** geo/ holds places.geojson, water.geojson and one file per route (any other *.geojson). */
export const PLACES_FILE = "places.geojson";
export const WATER_FILE = "water.geojson";

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentError";
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${fieldPath(issue.path) || "(whole file)"}: ${issue.message}`);
}

export type ProjectFiles = {
  /** The content module's export, as found in src/content/content.ts. */
  content: unknown;
  /** File name → text, for every geo/*.geojson. */
  geo: Record<string, string>;
};

export type Project = {
  content: Content;
  lines: LineFeature[];
  places: PlaceFeature[];
  water: WaterFile;
};

function parseJson(file: string, text: string, problems: string[]): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.push(`${file}: not valid JSON (${(e as Error).message})`);
    return undefined;
  }
}

/**
 * Validates the content file and every GeoJSON file with the one schema, then checks that they
 * agree with each other. Throws a ContentError listing every problem, each naming file and field.
 */
export function validateProject(files: ProjectFiles): Project {
  const problems: string[] = [];
  const contentFile = "src/content/content.ts";
  const content = contentSchema.safeParse(files.content);
  if (!content.success) problems.push(...describeIssues(contentFile, content.error));

  const lines: { file: string; index: number; line: LineFeature }[] = [];
  let places: PlaceFeature[] = [];
  let water: WaterFile | undefined;
  const names = Object.keys(files.geo).sort();
  for (const name of [PLACES_FILE, WATER_FILE]) {
    if (!names.includes(name)) problems.push(`geo/${name}: missing`);
  }
  for (const name of names) {
    const file = `geo/${name}`;
    const json = parseJson(file, files.geo[name], problems);
    if (json === undefined) continue;
    const schema = name === PLACES_FILE ? placesFileSchema : name === WATER_FILE ? waterFileSchema : routeFileSchema;
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      problems.push(...describeIssues(file, parsed.error));
      continue;
    }
    if (name === PLACES_FILE) places = (parsed.data as z.infer<typeof placesFileSchema>).features;
    else if (name === WATER_FILE) water = parsed.data as WaterFile;
    else
      (parsed.data as z.infer<typeof routeFileSchema>).features.forEach((line, index) => {
        lines.push({ file, index, line });
      });
  }

  if (content.success) {
    const routeIds = content.data.routes.map((r) => r.id);
    const seenRoutes = new Set<string>();
    // Only when every geo file was readable: a broken file's lines would otherwise look missing.
    const allGeoRead = problems.length === 0;
    content.data.routes.forEach((route, i) => {
      if (seenRoutes.has(route.id)) problems.push(`${contentFile}: routes[${i}].id: duplicate route id "${route.id}"`);
      seenRoutes.add(route.id);
      if (allGeoRead && !lines.some((l) => l.line.properties.route === route.id))
        problems.push(`${contentFile}: routes[${i}].id: route "${route.id}" has no lines in any geo/*.geojson file`);
    });
    const known = (r: string) => routeIds.includes(r);
    const seenSlides = new Set<string>();
    content.data.deck.forEach((slide, i) => {
      const at = `${contentFile}: deck[${i}]`;
      if (seenSlides.has(slide.id)) problems.push(`${at}.id: duplicate slide id "${slide.id}"`);
      seenSlides.add(slide.id);
      if (slide.visible !== "all")
        slide.visible.forEach((r, j) => {
          if (!known(r)) problems.push(`${at}.visible[${j}]: unknown route "${r}"`);
        });
      if (slide.highlight !== null && !known(slide.highlight))
        problems.push(`${at}.highlight: unknown route "${slide.highlight}"`);
      if ("route" in slide.camera && !known(slide.camera.route))
        problems.push(`${at}.camera.route: unknown route "${slide.camera.route}"`);
      if (slide.kind === "route" && slide.highlight === null)
        problems.push(`${at}.highlight: a route slide names the route it is about`);
      if (slide.reveal && slide.highlight === null)
        problems.push(`${at}.reveal: only a slide with a highlighted route can reveal its obstacle`);
      if (slide.kind === "teacher")
        problems.push(`${at}.kind: "teacher" slides are made by the app for imported routes, not written here`);
      if (slide.kind === "epilogue" && !slide.later)
        problems.push(`${at}.later: an epilogue is about events after the article and must be marked later`);
    });
    const timeline = content.data.timeline;
    const stepIds = timeline.map((t) => t.id);
    if (timeline[0].date !== content.data.article.isoDate)
      problems.push(
        `${contentFile}: timeline[0].date: the first step is the article's date, ${content.data.article.isoDate}`,
      );
    timeline.forEach((step, i) => {
      if (stepIds.indexOf(step.id) !== i)
        problems.push(`${contentFile}: timeline[${i}].id: duplicate step id "${step.id}"`);
      if (i > 0 && stepDay(step) <= stepDay(timeline[i - 1]))
        problems.push(`${contentFile}: timeline[${i}].date: steps must be in date order`);
    });
    content.data.deck.forEach((slide, i) => {
      if (slide.date === undefined) return;
      if (!stepIds.includes(slide.date))
        problems.push(`${contentFile}: deck[${i}].date: unknown timeline step "${slide.date}"`);
      else if (slide.date !== stepIds[0] && !slide.later)
        problems.push(
          `${contentFile}: deck[${i}].later: a slide showing a date after the article must be marked later`,
        );
    });
    problems.push(...checkCitations(content.data, lines, allGeoRead));
    const articleDay = periodEnd(content.data.article.isoDate);
    const seenLines = new Set<string>();
    for (const { file, index, line } of lines) {
      const { id, route, history, plannedAfterArticle } = line.properties;
      const firstAfter = periodStart(history[0].date) > articleDay;
      if (firstAfter && !plannedAfterArticle)
        problems.push(
          `${file}: features[${index}].properties.history[0].date: the first entry must be on or before the article (${content.data.article.isoDate}); for a line first planned later, set plannedAfterArticle: true`,
        );
      if (!firstAfter && plannedAfterArticle)
        problems.push(
          `${file}: features[${index}].properties.plannedAfterArticle: the history starts before the article, so the line existed as a plan`,
        );
      if (!routeIds.includes(route))
        problems.push(
          `${file}: features[${index}].properties.route: unknown route "${route}" (the content file has ${routeIds.join(", ")})`,
        );
      if (seenLines.has(id)) problems.push(`${file}: features[${index}].properties.id: duplicate line id "${id}"`);
      seenLines.add(id);
    }
  }

  if (problems.length > 0 || !content.success || !water) throw new ContentError(problems);
  return { content: content.data, lines: lines.map((l) => l.line), places, water };
}

/** Every place a fact cites the bibliography: where (file and field) and which ids. */
function citations(content: Content, lines: readonly { file: string; index: number; line: LineFeature }[]) {
  const contentFile = "src/content/content.ts";
  const found: { at: string; ids: string[] }[] = [];
  content.routes.forEach((route, i) => {
    route.background.forEach((b, j) => {
      found.push({ at: `${contentFile}: routes[${i}].background[${j}].sources`, ids: b.sources });
    });
    route.after1997.forEach((a, j) => {
      found.push({ at: `${contentFile}: routes[${i}].after1997[${j}].sources`, ids: a.sources });
    });
  });
  for (const { file, index, line } of lines) {
    const at = `${file}: features[${index}].properties`;
    const p = line.properties;
    p.history.forEach((e, j) => {
      found.push({ at: `${at}.history[${j}].sources`, ids: e.sources });
    });
    p.capacity.forEach((c, j) => {
      found.push({ at: `${at}.capacity[${j}].sources`, ids: c.sources });
    });
    if (p.publishedLength) found.push({ at: `${at}.publishedLength.sources`, ids: p.publishedLength.sources });
  }
  return found;
}

/**
 * Every cited id is in the bibliography, and every bibliography entry is cited somewhere (a source
 * nothing rests on would only pad the list).
 */
function checkCitations(
  content: Content,
  lines: readonly { file: string; index: number; line: LineFeature }[],
  /** False when a geo file could not be read: its citations are unknown, so none looks unused. */
  allGeoRead: boolean,
): string[] {
  const problems: string[] = [];
  const contentFile = "src/content/content.ts";
  const ids = content.sources.map((s) => s.id);
  const cited = new Set<string>();
  for (const { at, ids: cites } of citations(content, lines))
    for (const cite of cites) {
      cited.add(cite);
      if (!ids.includes(cite)) problems.push(`${at}: unknown source "${cite}" (not in content.sources)`);
    }
  content.sources.forEach((source, i) => {
    if (ids.indexOf(source.id) !== i)
      problems.push(`${contentFile}: sources[${i}].id: duplicate source id "${source.id}"`);
    else if (allGeoRead && !cited.has(source.id))
      problems.push(`${contentFile}: sources[${i}]: "${source.id}" is cited by no fact`);
  });
  return problems;
}

/** Reads geo/*.geojson from disk. */
export function readGeoDir(dir: string): Record<string, string> {
  const geo: Record<string, string> = {};
  for (const name of readdirSync(dir)) if (name.endsWith(".geojson")) geo[name] = readFileSync(join(dir, name), "utf8");
  return geo;
}

/** Adds the facts computed with Turf (drawn length, countries crossed, route bounds) to a valid project. */
export function buildData(project: Project, countries: CountryFeature[]): BuiltData {
  const articleDay = periodEnd(project.content.article.isoDate);
  const features = project.lines.map((line) => ({
    ...line,
    properties: {
      ...line.properties,
      ...lineStats(line, countries, project.places),
      status1997: statusAt(line.properties.history, articleDay),
    },
  }));
  const routeBounds: BuiltData["routeBounds"] = {};
  const routeLabels: BuiltData["routeLabels"] = {};
  const ranks = placeRanks(project.places, features);
  // Route names keep clear of the names every view must show (rank 0 and 1).
  const mustName = project.places.filter((_, i) => ranks[i] < 2);
  // … and leave room for the capitals' rings, which every view draws.
  const capitals = project.places.filter((p) => p.properties.kind === "capital");
  for (const route of project.content.routes) {
    const own = features.filter((f) => f.properties.route === route.id);
    routeBounds[route.id] = turfBbox({ type: "FeatureCollection", features: own }) as [number, number, number, number];
    if (own.length > 0) routeLabels[route.id] = routeLabelAnchor(own, mustName, capitals);
  }
  return {
    content: project.content,
    lines: { type: "FeatureCollection", features },
    places: { type: "FeatureCollection", features: project.places },
    routeBounds,
    placeRanks: ranks,
    routeLabels,
  };
}
