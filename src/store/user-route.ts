import { z } from "zod";
import { LINE_STYLES, type LineStyleKey } from "../map/line-styles";
import { isNewerVersion, LIMITS, SAVED_VERSION } from "./saved-format";

// zod would otherwise try `new Function` to speed up parsing, which the page's CSP forbids.
z.config({ jitless: true });

/**
 * What a teacher adds: imported routes and notes on any route. These schemas check what comes
 * back from browser storage (which may be damaged, or written by another version) before the app
 * trusts it. Loaded on demand, with the import and storage code, not in the first download.
 */

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const dashKeys = Object.keys(LINE_STYLES) as [LineStyleKey, ...LineStyleKey[]];

export const userLineSchema = z.object({
  id: z.string().min(1).max(200),
  /** Name from the file's properties; shown as plain text. */
  name: z.string().max(LIMITS.lineName).nullable(),
  coordinates: z.array(position).min(2),
  /** Length of the line in km, measured with Turf when it was imported. */
  drawnKm: z.number().nonnegative(),
  /** Countries the line crosses (1997 borders), in order; empty outside the map's region. */
  countries: z.array(z.string()),
});

export const userRouteSchema = z.object({
  id: z.string().regex(/^user-[a-z0-9-]+$/),
  name: z.string().trim().min(1).max(LIMITS.routeName),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i),
  dash: z.enum(dashKeys),
  /** The teacher's own note on what stands in this route's way. */
  obstacle: z.string().max(LIMITS.obstacle),
  /** The file it came from, for the record. */
  fileName: z.string().max(LIMITS.fileName),
  /** [west, south, east, north] of its lines, in degrees. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  lines: z.array(userLineSchema).min(1),
});

export const noteSchema = z.object({ text: z.string().max(LIMITS.note), updated: z.string() });

/** The main record of version 2 (see saved-format.ts). */
export const savedSchema = z.object({
  version: z.literal(SAVED_VERSION),
  // Checked one by one, so one damaged route or note does not cost the others.
  routes: z.array(z.string()),
  // Not z.record, which copies into a plain object and so drops a note keyed "__proto__"; the
  // notes are read one by one below, into a Map.
  notes: z.custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null && !Array.isArray(v)),
});

export type UserLine = z.infer<typeof userLineSchema>;
export type UserRoute = z.infer<typeof userRouteSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Saved = { routes: UserRoute[]; notes: Record<string, Note> };

/** A stored layout: the main record and the route records it names. */
export type Stored = { current: Record<string, unknown>; routes: Record<string, unknown> };

/**
 * Older layouts, each turned into the next. Version 1 kept everything in one record, routes
 * inline and each note as its bare text. Keys are the version a migration starts from.
 */
const MIGRATIONS: Record<number, (old: Stored) => Stored> = {
  1: ({ current }) => {
    const notes = (current.notes ?? {}) as Record<string, unknown>;
    // Without its list of routes, the record is not version 1 either: let the check refuse it.
    if (!Array.isArray(current.routes)) return { current: { ...current, version: 2 }, routes: {} };
    const inline = current.routes as unknown[];
    const id = (r: unknown, i: number) => {
      const v = (r as { id?: unknown } | null)?.id;
      return typeof v === "string" ? v : `damaged-${i + 1}`;
    };
    return {
      current: {
        version: 2,
        routes: inline.map(id),
        notes: Object.fromEntries(
          Object.entries(notes).map(([k, v]) => [k, typeof v === "string" ? { text: v, updated: "" } : v]),
        ),
      },
      routes: Object.fromEntries(inline.map((r, i) => [id(r, i), r])),
    };
  },
};

export type ReadSaved = Saved & {
  /** In plain words, what could not be read (empty when all was well). */
  problems: string[];
  /** True when something was left out: the raw record should be kept for the teacher. */
  damaged: boolean;
  /** Written by a newer version: read nothing, and write nothing over it. */
  newer: boolean;
  /** Read from an older layout: to be written in the current one before anything else. */
  migrated: boolean;
};

/**
 * Reads what storage held (the main record, and the route records by id): migrates older
 * versions, keeps every route and note that checks out, and says what was left out. Never throws.
 */
export function readSaved(raw: unknown, routeRecords: Record<string, unknown> = {}): ReadSaved {
  const empty: ReadSaved = { routes: [], notes: {}, problems: [], damaged: false, newer: false, migrated: false };
  if (raw === undefined || raw === null) return empty;
  if (typeof raw !== "object" || Array.isArray(raw))
    return { ...empty, damaged: true, problems: ["The saved data is not in a form this app can read."] };
  let stored: Stored = { current: raw as Record<string, unknown>, routes: routeRecords };
  // Version 1 had no version field. Anything else that is neither a known version nor a
  // plausible later one (Infinity, -3, "2") is damage: kept aside, and the app saves afresh.
  const version = stored.current.version ?? 1;
  const known = typeof version === "number" && Number.isInteger(version) && version >= 1 && version <= SAVED_VERSION;
  if (!known && !isNewerVersion(version))
    return { ...empty, damaged: true, problems: ["The saved data is in a form this app cannot read."] };
  if (typeof version !== "number" || isNewerVersion(version))
    return {
      ...empty,
      newer: true,
      problems: [
        `Your saved routes and notes were written by a newer version of Caspian Routes (format ${version}), so this version leaves them untouched and will not save changes. Reload the page to get the newer version.`,
      ],
    };
  for (let v = version; v < SAVED_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ...empty, damaged: true, problems: [`The saved data is in an unknown format (${v}).`] };
    stored = step(stored);
  }
  const top = savedSchema.safeParse(stored.current);
  if (!top.success) return { ...empty, damaged: true, problems: ["The saved data is damaged and could not be read."] };
  const problems: string[] = [];
  const routes: UserRoute[] = [];
  top.data.routes.forEach((id, i) => {
    const r = stored.routes[id];
    const got = userRouteSchema.safeParse(r);
    if (got.success && got.data.id === id && !routes.some((x) => x.id === id)) routes.push(got.data);
    else {
      const name = (r as { name?: unknown } | null)?.name;
      problems.push(
        r === undefined
          ? `Saved route ${i + 1} is missing.`
          : `Saved route ${i + 1}${typeof name === "string" ? ` (“${name.slice(0, 60)}”)` : ""} is damaged.`,
      );
    }
  });
  // Collected in a Map: a key such as "__proto__" stays a key, never a prototype.
  const notes = new Map<string, Note>();
  for (const [route, note] of Object.entries(top.data.notes)) {
    const got = noteSchema.safeParse(note);
    if (got.success) notes.set(route, got.data);
    else problems.push(`The saved note on “${route.slice(0, 60)}” is damaged.`);
  }
  return {
    routes,
    notes: Object.fromEntries(notes),
    problems,
    damaged: problems.length > 0,
    newer: false,
    migrated: version < SAVED_VERSION,
  };
}
