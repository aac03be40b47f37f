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
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : `a ${typeof v}`;

/** Shows a bit of the file's text in a message: short, and control characters made visible. */
function quoteText(v: unknown): string {
  const s = String(v).replace(/\p{Cc}/gu, "?");
  return `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Line and column (1-based) of a character offset in a text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
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
function tooDeep(text: string): number | null {
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

function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input|Unterminated string/i.test(raw) || text.trim().length === 0)
    return "The file ends too early: it looks cut off or incomplete, so it is not valid JSON.";
  const at = /position (\d+)/.exec(raw);
  const where = at ? lineColumn(text, Number(at[1])) : null;
  const reason = raw.replace(/ in JSON at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  return `This is not valid JSON: ${reason}${where ? ` (line ${where.line}, column ${where.column})` : ""}.`;
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

type Counter = { positions: number };

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

/** The lines in a geometry, or the reason it holds none. */
function readGeometry(g: unknown, path: string, counter: Counter, depth = 0): RawLine[] | Problem {
  if (g === null || g === undefined) return { where: path, message: "has no geometry" };
  if (typeof g !== "object" || Array.isArray(g))
    return { where: path, message: `should be a geometry object, but is ${kind(g)}` };
  const type = (g as { type?: unknown }).type;
  if (typeof type !== "string") return { where: `${path}.type`, message: "the geometry has no “type”" };
  if (type in NOT_LINES)
    return {
      where: `${path}.type`,
      message: `is ${NOT_LINES[type]}: only lines (LineString or MultiLineString) can be routes`,
    };
  if (!LINE_TYPES.has(type)) return { where: `${path}.type`, message: `unknown geometry type ${quoteText(type)}` };
  if (type === "GeometryCollection") {
    const parts = (g as { geometries?: unknown }).geometries;
    if (!Array.isArray(parts)) return { where: `${path}.geometries`, message: "should be a list of geometries" };
    if (depth > 0) return { where: path, message: "a geometry collection inside another is not allowed (RFC 7946)" };
    const lines: RawLine[] = [];
    for (let i = 0; i < parts.length; i++) {
      const got = readGeometry(parts[i], `${path}.geometries[${i}]`, counter, depth + 1);
      if (!Array.isArray(got)) return got;
      lines.push(...got);
    }
    if (lines.length === 0) return { where: path, message: "the geometry collection is empty" };
    return lines;
  }
  const coords = (g as { coordinates?: unknown }).coordinates;
  const cpath = `${path}.coordinates`;
  if (type === "LineString") {
    const got = readPositions(coords, cpath, counter);
    return Array.isArray(got) ? [{ coordinates: got, path: cpath }] : got;
  }
  if (!Array.isArray(coords)) return { where: cpath, message: `should be a list of lines, but is ${kind(coords)}` };
  if (coords.length === 0) return { where: cpath, message: "the multi-line has no lines" };
  const lines: RawLine[] = [];
  for (let i = 0; i < coords.length; i++) {
    const got = readPositions(coords[i], `${cpath}[${i}]`, counter);
    if (!Array.isArray(got)) return got;
    lines.push({ coordinates: got, path: `${cpath}[${i}]` });
  }
  return lines;
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
  return `This file is ${megabytes(bytes)}; files of up to ${megabytes(MAX_BYTES)} can be imported.`;
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

  const counter: Counter = { positions: 0 };
  const problems: Problem[] = [];
  const lines: (ImportedLine & { hints: RouteHints | null })[] = [];
  let fromExport = false;

  const readFeature = (f: unknown, n: number | null, ids: Map<string, number>) => {
    const label = n === null ? "the feature" : `feature ${n}`;
    if (f === null || typeof f !== "object" || Array.isArray(f)) {
      problems.push({ where: label, message: `should be a feature object, but is ${kind(f)}` });
      return;
    }
    const feature = f as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
    if (feature.type !== "Feature") {
      problems.push({ where: `${label}: type`, message: `is ${quoteText(feature.type)}, not “Feature”` });
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
      const key = String(feature.id);
      const first = ids.get(key);
      if (first !== undefined) {
        problems.push({
          where: `${label}${named}: id`,
          message: `${quoteText(key)} repeats the id of feature ${first}`,
        });
        return;
      }
      ids.set(key, n ?? 0);
    }
    const got = readGeometry(feature.geometry, "geometry", counter);
    if (!Array.isArray(got)) {
      problems.push({ where: `${label}${named}: ${got.where}`, message: got.message });
      return;
    }
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
    for (const l of got) lines.push({ name, coordinates: l.coordinates, feature: n, hints });
  };

  if (type === "FeatureCollection") {
    const features = (json as { features?: unknown }).features;
    if (!Array.isArray(features))
      return refuse(`The collection's “features” should be a list, but it is ${kind(features)}.`);
    if (features.length === 0) return refuse("The collection has no features: there is nothing to import.");
    if (features.length > MAX_FEATURES)
      return refuse(`The collection has ${features.length} features; up to ${MAX_FEATURES} can be imported.`);
    const ids = new Map<string, number>();
    for (let i = 0; i < features.length; i++) {
      readFeature(features[i], i + 1, ids);
      if (counter.positions > MAX_POSITIONS)
        return refuse(`The file has more than ${MAX_POSITIONS.toLocaleString("en-GB")} positions, too many to draw.`);
    }
  } else if (type === "Feature") {
    readFeature(json, null, new Map());
  } else if (LINE_TYPES.has(type) || type in NOT_LINES) {
    if (type in NOT_LINES)
      return refuse(`This file holds ${NOT_LINES[type]}: only lines (LineString or MultiLineString) can be routes.`);
    const got = readGeometry(json, "geometry", counter);
    if (!Array.isArray(got)) return refuse(`The line cannot be read: ${got.where}: ${got.message}.`);
    for (const l of got) lines.push({ name: null, coordinates: l.coordinates, feature: null, hints: null });
  } else {
    return refuse(`${quoteText(type)} is not a GeoJSON type. Expected a FeatureCollection, a Feature or a line.`);
  }
  if (counter.positions > MAX_POSITIONS)
    return refuse(`The file has more than ${MAX_POSITIONS.toLocaleString("en-GB")} positions, too many to draw.`);

  const swapped = looksSwapped(
    lines.map((l) => l.coordinates),
    region,
  );
  // Out-of-range positions are a problem unless the whole file reads correctly swapped (then we ask).
  const kept = swapped
    ? lines
    : lines.filter((l) => {
        const bad = rangeProblem(l.coordinates, "coordinates");
        if (bad) {
          const label = l.feature === null ? "the line" : `feature ${l.feature}`;
          const named = l.name ? ` (${quoteText(l.name)})` : "";
          problems.push({ where: `${label}${named}: geometry.${bad.where}`, message: bad.message });
        }
        return !bad;
      });
  if (kept.length === 0) {
    const only = problems.length === 1 ? problems[0] : null;
    return refuse(
      only
        ? `Nothing in this file can be drawn as a route: ${only.where}: ${only.message}.`
        : `Nothing in this file can be drawn as a route: all ${problems.length} features have problems.`,
      problems,
    );
  }
  return { ok: true, lines: kept, problems, looksSwapped: swapped, fromExport };
}

/** The same lines with each position's two numbers swapped (after the user agreed). */
export function swapLines<T extends { coordinates: Position[] }>(lines: T[]): T[] {
  return lines.map((l) => ({ ...l, coordinates: swap(l.coordinates) }));
}
