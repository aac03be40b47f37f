import { jsonFault } from "./json-fault";
/**
 * Reading a teacher's GeoJSON file (RFC 7946) into lines the app can draw, or refusing it with a
 * message in plain words that says what is wrong and where. Pure: runs in the import worker and
 * in unit tests. Nothing from a refused file is imported; a file with some bad features yields
 * the good lines plus the problems, and the app asks before importing without them.
 *
 * Choices: only lines (LineString, MultiLineString, and lines inside a GeometryCollection) can be
 * routes; points and polygons are refused with a reason. A MultiLineString becomes several lines.
 */

/** Largest file accepted, in bytes (20 MB). */
export const MAX_BYTES = 20 * 1024 * 1024;
/** Deepest nesting of arrays and objects accepted; a line needs 5 (collection › feature › geometry › line › position). */
export const MAX_DEPTH = 32;
export const MAX_FEATURES = 10_000;
/** Lines across the whole file, however they are grouped (features, multi-lines, collections). */
export const MAX_LINES = 10_000;
/** Positions across the whole file: about 20 MB of coordinates, and what the map can draw smoothly. */
export const MAX_POSITIONS = 1_000_000;
/** Longest property text kept (names and notes), in characters. */
export const MAX_TEXT = 200;

export type Position = [number, number];

export type ImportedLine = {
  /** The line's name from its properties, if any (plain text, never HTML). */
  name: string | null;
  coordinates: Position[];
  /** 1-based feature number in the file; null for a bare geometry. */
  feature: number | null;
  /** Where its positions are, within the feature ("geometry.coordinates[2]"), for messages. */
  path?: string;
};

/** What our own export adds to each feature, so a file exported by the app comes back unchanged. */
export type RouteHints = {
  route: string;
  routeName: string | null;
  colour: string | null;
  dash: string | null;
  obstacle: string | null;
  /** The teacher's notes on the route, when exported with them. */
  note: string | null;
  /** The route is one of the app's own (skipped on import: it is already there). */
  builtIn: boolean;
};

export type Problem = { where: string; message: string };

export type ReadResult =
  | { ok: false; message: string; problems: Problem[] }
  | {
      ok: true;
      lines: (ImportedLine & { hints: RouteHints | null })[];
      /** Features left out because of these problems; import only when the user agrees. */
      problems: Problem[];
      /** Every position reads as [latitude, longitude]: ask before swapping. */
      looksSwapped: boolean;
      /** The file was written by this app's export (features carry route hints). */
      fromExport: boolean;
    };

function refuse(message: string, problems: Problem[] = []): ReadResult {
  return { ok: false, message, problems };
}

const kind = (v: unknown): string =>
  v === undefined
    ? "missing"
    : v === null
      ? "null"
      : Array.isArray(v)
        ? "a list"
        : typeof v === "object"
          ? "an object"
          : `a ${typeof v}`;

/** Shows a bit of the file's text in a message: short, and control characters made visible. */
function quoteText(v: unknown): string {
  const s = String(v).replace(/\p{Cc}/gu, "?");
  return `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/**
 * How deeply arrays and objects nest, scanning outside strings; stops at the first place that
 * goes past the limit (JSON.parse on such input could exhaust the stack).
 */
export function tooDeep(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}

export function describeJsonError(text: string, error: unknown): string {
  const start = text.trimStart();
  if (start.startsWith("<"))
    return /<kml[\s>]/i.test(start)
      ? "This is a KML file (from Google Earth or My Maps), not GeoJSON. Convert it to GeoJSON first, for example with QGIS or geojson.io."
      : /<gpx[\s>]/i.test(start)
        ? "This is a GPX file (from a GPS), not GeoJSON. Convert it to GeoJSON first, for example with QGIS or geojson.io."
        : "This is XML or HTML, not GeoJSON. If it is a map file (KML, GPX), convert it to GeoJSON first.";
  const firstLine = start.split("\n", 1)[0];
  if (!/^[{[]/.test(start) && firstLine.includes(",") && !firstLine.includes("{"))
    return "This looks like a table (CSV), not GeoJSON. A spreadsheet of points cannot be a route: draw the line in a map tool such as geojson.io and save it as GeoJSON.";
  const fault = jsonFault(text);
  if (fault) {
    if (fault.why.startsWith("the file ends too early"))
      return "The file ends too early: it looks cut off or incomplete, so it is not valid JSON.";
    const { line, column } = lineColumn(text, fault.at);
    return `This is not valid JSON: ${fault.why} (line ${line}, column ${column}).`;
  }
  // The browser refused what the walk above accepts (should not happen): its words, once.
  const raw = error instanceof Error ? error.message : String(error);
  return `This is not valid JSON (${raw.replace(/\s*is not valid JSON\s*/i, "").slice(0, 120)}).`;
}

/** Reads a text property as plain text, trimmed and capped; anything else gives null. */
function text(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const t = v.replace(/\s+/g, " ").trim();
  if (!t) return null;
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT)}…` : t;
}

const LINE_TYPES = new Set(["LineString", "MultiLineString", "GeometryCollection"]);
const NOT_LINES: Record<string, string> = {
  Point: "a point",
  MultiPoint: "a set of points",
  Polygon: "a polygon (an area)",
  MultiPolygon: "a set of polygons (areas)",
};

type Counter = { positions: number; lines: number };

/** Checks one line's positions; returns the line or the first problem (with a field path). */
function readPositions(coords: unknown, path: string, counter: Counter): Position[] | Problem {
  if (!Array.isArray(coords)) return { where: path, message: `should be a list of positions, but is ${kind(coords)}` };
  if (coords.length < 2) return { where: path, message: "a line needs at least two positions" };
  const out: Position[] = [];
  for (let i = 0; i < coords.length; i++) {
    const p = coords[i];
    const at = `${path}[${i}]`;
    if (!Array.isArray(p))
      return { where: at, message: `a position should be [longitude, latitude], but is ${kind(p)}` };
    if (p.length < 2) return { where: at, message: "a position needs a longitude and a latitude" };
    for (const [j, axis] of [
      [0, "longitude"],
      [1, "latitude"],
    ] as const) {
      const v = p[j];
      if (typeof v !== "number")
        return {
          where: `${at}[${j}]`,
          message: `the ${axis} is ${typeof v === "string" ? `the text ${quoteText(v)}` : kind(v)}, not a number`,
        };
      if (!Number.isFinite(v)) return { where: `${at}[${j}]`, message: `the ${axis} is not a finite number` };
    }
    if (++counter.positions > MAX_POSITIONS) return { where: at, message: "too many positions" };
    out.push([p[0], p[1]]);
  }
  return out;
}

function rangeProblem(line: Position[], path: string): Problem | null {
  for (let i = 0; i < line.length; i++) {
    const [lon, lat] = line[i];
    if (lon < -180 || lon > 180)
      return { where: `${path}[${i}][0]`, message: `longitude ${lon} is outside −180 to 180` };
    if (lat < -90 || lat > 90) return { where: `${path}[${i}][1]`, message: `latitude ${lat} is outside −90 to 90` };
  }
  return null;
}

type RawLine = { coordinates: Position[]; path: string };

/**
 * The lines in a geometry, or the reason it holds none. A part of a multi-line or a geometry
 * collection that cannot be read (a point in a collection, a line with a bad position) goes to
 * `skipped`, with its path, and the rest is kept: the teacher is offered the import without it,
 * as for a collection's features.
 */
function readGeometry(g: unknown, path: string, counter: Counter, skipped: Problem[]): RawLine[] | Problem {
  if (g === null || g === undefined) return { where: path, message: "has no geometry" };
  if (typeof g !== "object" || Array.isArray(g))
    return { where: path, message: `should be a geometry object, but is ${kind(g)}` };
  const type = (g as { type?: unknown }).type;
  if (typeof type !== "string") return { where: `${path}.type`, message: "the geometry has no “type”" };
  if (Object.hasOwn(NOT_LINES, type))
    return {
      where: `${path}.type`,
      message: `is ${NOT_LINES[type]}: only lines (LineString or MultiLineString) can be routes`,
    };
  if (!LINE_TYPES.has(type)) return { where: `${path}.type`, message: `unknown geometry type ${quoteText(type)}` };
  const count = (lines: RawLine[]): RawLine[] | Problem => {
    counter.lines += lines.length;
    return counter.lines > MAX_LINES ? { where: path, message: "too many lines" } : lines;
  };
  if (type === "LineString") {
    const cpath = `${path}.coordinates`;
    const got = readPositions((g as { coordinates?: unknown }).coordinates, cpath, counter);
    return Array.isArray(got) ? count([{ coordinates: got, path: cpath }]) : got;
  }
  // A multi-line's lines, or a collection's geometries (RFC 7946 asks writers to avoid nesting
  // collections, so a nested one is read like any other; the depth check bounds it).
  const multi = type === "MultiLineString";
  const listPath = multi ? `${path}.coordinates` : `${path}.geometries`;
  const list = multi ? (g as { coordinates?: unknown }).coordinates : (g as { geometries?: unknown }).geometries;
  if (!Array.isArray(list))
    return list === undefined
      ? { where: path, message: `the ${multi ? "multi-line has no “coordinates”" : "collection has no “geometries”"}` }
      : { where: listPath, message: `should be a list of ${multi ? "lines" : "geometries"}, but is ${kind(list)}` };
  if (list.length === 0)
    return { where: listPath, message: multi ? "the multi-line has no lines" : "the geometry collection is empty" };
  const lines: RawLine[] = [];
  const bad: Problem[] = [];
  for (let i = 0; i < list.length; i++) {
    const at = `${listPath}[${i}]`;
    const got = multi ? readPositions(list[i], at, counter) : readGeometry(list[i], at, counter, bad);
    if (Array.isArray(got)) {
      const parts = multi ? [{ coordinates: got as Position[], path: at }] : (got as RawLine[]);
      if (multi) {
        const counted = count(parts);
        if (!Array.isArray(counted)) return counted;
      }
      lines.push(...parts);
    } else if (got.message === "too many positions" || got.message === "too many lines") return got;
    else bad.push(got);
  }
  if (lines.length === 0)
    return bad.length === 1
      ? bad[0]
      : { where: listPath, message: `none of its ${list.length} ${multi ? "lines" : "geometries"} can be read` };
  skipped.push(...bad);
  return lines;
}

/**
 * A line cut where it crosses the antimeridian (±180°): a step of more than 180° in longitude
 * is taken the short way round, so [179.5, 45] → [-179.5, 45.5] becomes two pieces meeting at
 * 180° (latitude interpolated), instead of a line drawn back across the whole map, and measured
 * across every country on the way.
 */
export function splitAtAntimeridian(line: Position[]): Position[][] {
  const pieces: Position[][] = [];
  let piece: Position[] = [line[0]];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (Math.abs(b[0] - a[0]) > 180) {
      const east = a[0] > 0; // crossing eastward from +180 to -180, or westward from -180 to +180
      const edge = east ? 180 : -180;
      const bLon = east ? b[0] + 360 : b[0] - 360;
      const t = (edge - a[0]) / (bLon - a[0]);
      const lat = a[1] + t * (b[1] - a[1]);
      piece.push([edge, lat]);
      pieces.push(piece);
      piece = [[-edge, lat]];
    }
    piece.push(b);
  }
  pieces.push(piece);
  // A piece that is only the crossing point and one more position still has two: keep it.
  return pieces.filter((p) => p.length >= 2);
}

const swap = (line: Position[]): Position[] => line.map(([a, b]) => [b, a]);
const inRange = ([lon, lat]: Position) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/**
 * Whether the file reads as [latitude, longitude]: some positions are impossible as written,
 * every one is valid swapped, and more of them then fall in the map's region (otherwise they
 * look like typos, reported as such); or, all valid, nearly every position falls outside the
 * region as written but inside it swapped. (Where both orders land in the region, no file can
 * tell.)
 */
export function looksSwapped(lines: Position[][], region: readonly number[]): boolean {
  const all = lines.flat();
  if (all.length === 0) return false;
  const [w, s, e, n] = region;
  const inside = ([lon, lat]: Position) => lon >= w && lon <= e && lat >= s && lat <= n;
  const share = (ps: Position[]) => ps.filter(inside).length / ps.length;
  if (all.some((p) => !inRange(p))) return all.every((p) => inRange([p[1], p[0]])) && share(swap(all)) > share(all);
  return share(all) < 0.2 && share(swap(all)) >= 0.8;
}

export function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

/**
 * Reads a file's bytes (or pasted text). `region` is the map's [west, south, east, north], for
 * noticing swapped coordinates.
 */
/** The refusal for a file over the size limit. */
export function sizeRefusal(bytes: number): string {
  // Just over the limit, one decimal would read "20.0 MB; up to 20.0 MB": give the bytes.
  const size =
    megabytes(bytes) === megabytes(MAX_BYTES)
      ? `${bytes.toLocaleString("en-GB")} bytes, just over the limit of ${MAX_BYTES.toLocaleString("en-GB")} bytes (20 MB)`
      : megabytes(bytes);
  return `This file is ${size}; files of up to ${megabytes(MAX_BYTES)} can be imported.`;
}

export function readGeoJson(input: Uint8Array | string, region: readonly number[]): ReadResult {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_BYTES) return refuse(sizeRefusal(size));
  const source = typeof input === "string" ? input : decodeText(input);
  if (source === null)
    return refuse(
      "This file is not UTF-8 text, the encoding GeoJSON uses. It may be another kind of file (a zip, a shapefile, a picture), or text saved in an older encoding: save it as UTF-8 and try again.",
    );
  if (source.trim().length === 0) return refuse("The file is empty.");
  const deep = tooDeep(source);
  if (deep !== null) {
    const { line, column } = lineColumn(source, deep);
    return refuse(
      `The file nests lists or objects more than ${MAX_DEPTH} levels deep (line ${line}, column ${column}). Lines in GeoJSON need only 5; the file may be damaged.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    return refuse(describeJsonError(source, e));
  }
  if (json === null || typeof json !== "object" || Array.isArray(json))
    return refuse(`This is JSON but not GeoJSON: the file holds ${kind(json)}, not a GeoJSON object.`);
  const type = (json as { type?: unknown }).type;
  if (type === "Topology") return refuse("This is TopoJSON, not GeoJSON. Convert it to GeoJSON first.");
  if (typeof type !== "string")
    return refuse("This is JSON but not GeoJSON: it has no “type” (such as “FeatureCollection”).");

  const counter: Counter = { positions: 0, lines: 0 };
  const problems: Problem[] = [];
  const lines: (ImportedLine & { hints: RouteHints | null })[] = [];
  // Limits on what the whole file holds, however it is grouped: a page that draws it stays smooth.
  const tooMuch = () =>
    counter.positions > MAX_POSITIONS
      ? refuse(`The file has more than ${MAX_POSITIONS.toLocaleString("en-GB")} positions, too many to draw.`)
      : counter.lines > MAX_LINES
        ? refuse(
            `The file has more than ${MAX_LINES.toLocaleString("en-GB")} lines (counting every line inside multi-lines and collections), too many to draw smoothly.`,
          )
        : null;
  let fromExport = false;

  const readFeature = (f: unknown, n: number | null, ids: Map<string, number>) => {
    const label = n === null ? "the feature" : `feature ${n}`;
    if (f === null || typeof f !== "object" || Array.isArray(f)) {
      problems.push({ where: label, message: `should be a feature object, but is ${kind(f)}` });
      return;
    }
    const feature = f as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
    if (feature.type !== "Feature") {
      problems.push(
        feature.type === undefined
          ? { where: label, message: "has no “type” (a feature needs “type”: “Feature”)" }
          : { where: `${label}: type`, message: `is ${quoteText(feature.type)}, not “Feature”` },
      );
      return;
    }
    const props = feature.properties;
    if (props !== null && props !== undefined && (typeof props !== "object" || Array.isArray(props))) {
      problems.push({ where: `${label}: properties`, message: `should be an object, but is ${kind(props)}` });
      return;
    }
    const p = (props ?? {}) as Record<string, unknown>;
    const name = text(p.name) ?? text(p.title);
    const named = name ? ` (${quoteText(name)})` : "";
    if (feature.id !== undefined) {
      if (typeof feature.id !== "string" && typeof feature.id !== "number") {
        problems.push({
          where: `${label}${named}: id`,
          message: `should be text or a number, but is ${kind(feature.id)}`,
        });
        return;
      }
      // The number 1 and the text "1" are different ids (RFC 7946 allows either).
      const key = `${typeof feature.id}:${feature.id}`;
      const first = ids.get(key);
      if (first !== undefined) {
        problems.push({
          where: `${label}${named}: id`,
          message: `${typeof feature.id === "string" ? quoteText(feature.id) : feature.id} repeats the id of feature ${first}`,
        });
        return;
      }
      ids.set(key, n ?? 0);
    }
    const skipped: Problem[] = [];
    const got = readGeometry(feature.geometry, "geometry", counter, skipped);
    for (const bad of [...skipped, ...(Array.isArray(got) ? [] : [got])])
      problems.push({ where: `${label}${named}: ${bad.where}`, message: bad.message });
    if (!Array.isArray(got)) return;
    const route = text(p["caspian:route"]);
    if (route) fromExport = true;
    const hints: RouteHints | null = route
      ? {
          route,
          routeName: text(p["caspian:routeName"]),
          colour: text(p["caspian:colour"]),
          dash: text(p["caspian:dash"]),
          obstacle: typeof p["caspian:obstacle"] === "string" ? (p["caspian:obstacle"] as string).slice(0, 2000) : null,
          note:
            typeof p["caspian:teacherNote"] === "string" ? (p["caspian:teacherNote"] as string).slice(0, 20_000) : null,
          builtIn: p["caspian:builtIn"] === true,
        }
      : null;
    for (const l of got) lines.push({ name, coordinates: l.coordinates, feature: n, hints, path: l.path });
  };

  if (type === "FeatureCollection") {
    const features = (json as { features?: unknown }).features;
    if (features === undefined) return refuse("The collection has no “features” list: there is nothing to import.");
    if (!Array.isArray(features))
      return refuse(`The collection's “features” should be a list, but it is ${kind(features)}.`);
    if (features.length === 0) return refuse("The collection has no features: there is nothing to import.");
    if (features.length > MAX_FEATURES)
      return refuse(`The collection has ${features.length} features; up to ${MAX_FEATURES} can be imported.`);
    const ids = new Map<string, number>();
    for (let i = 0; i < features.length; i++) {
      readFeature(features[i], i + 1, ids);
      {
        const refused = tooMuch();
        if (refused) return refused;
      }
    }
  } else if (type === "Feature") {
    readFeature(json, null, new Map());
    {
      const refused = tooMuch();
      if (refused) return refused;
    }
  } else if (LINE_TYPES.has(type) || Object.hasOwn(NOT_LINES, type)) {
    if (Object.hasOwn(NOT_LINES, type))
      return refuse(`This file holds ${NOT_LINES[type]}: only lines (LineString or MultiLineString) can be routes.`);
    const got = readGeometry(json, "geometry", counter, problems);
    {
      const refused = tooMuch();
      if (refused) return refused;
    }
    if (!Array.isArray(got)) return refuse(`The line cannot be read: ${got.where}: ${got.message}.`);
    for (const l of got)
      lines.push({ name: null, coordinates: l.coordinates, feature: null, hints: null, path: l.path });
  } else {
    return refuse(`${quoteText(type)} is not a GeoJSON type. Expected a FeatureCollection, a Feature or a line.`);
  }
  {
    const refused = tooMuch();
    if (refused) return refused;
  }

  const swapped = looksSwapped(
    lines.map((l) => l.coordinates),
    region,
  );
  // Out-of-range positions are a problem unless the whole file reads correctly swapped (then we ask).
  const kept = swapped
    ? lines
    : lines.filter((l) => {
        const bad = rangeProblem(l.coordinates, l.path ?? "geometry.coordinates");
        if (bad) {
          const label = l.feature === null ? "the line" : `feature ${l.feature}`;
          const named = l.name ? ` (${quoteText(l.name)})` : "";
          problems.push({ where: `${label}${named}: ${bad.where}`, message: bad.message });
        }
        return !bad;
      });
  if (kept.length === 0) {
    const only = problems.length === 1 ? problems[0] : null;
    return refuse(
      only
        ? `Nothing in this file can be drawn as a route: ${only.where}: ${only.message}.`
        : `Nothing in this file can be drawn as a route: it has ${problems.length} problems, listed below.`,
      problems,
    );
  }
  // Swapped lines are split once the teacher agrees to swap them (swapLines).
  return { ok: true, lines: swapped ? kept : splitLines(kept), problems, looksSwapped: swapped, fromExport };
}

/** The same lines with each position's two numbers swapped (after the user agreed). */
export function swapLines<T extends { coordinates: Position[] }>(lines: T[]): T[] {
  return splitLines(lines.map((l) => ({ ...l, coordinates: swap(l.coordinates) })));
}

/** Every line cut at the antimeridian (see splitAtAntimeridian): the pieces keep its name. */
function splitLines<T extends { coordinates: Position[] }>(lines: T[]): T[] {
  return lines.flatMap((l) => {
    const pieces = splitAtAntimeridian(l.coordinates);
    return pieces.length === 1 ? [l] : pieces.map((coordinates) => ({ ...l, coordinates }));
  });
}

/** True when no position of any line lies inside the map's region [west, south, east, north]. */
export function outsideRegion(lines: readonly { coordinates: Position[] }[], region: readonly number[]): boolean {
  const [w, s, e, n] = region;
  return !lines.some((l) => l.coordinates.some(([lon, lat]) => lon >= w && lon <= e && lat >= s && lat <= n));
}
