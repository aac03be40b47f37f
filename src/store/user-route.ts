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

const bbox = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine(([w, s, e, n]) => w >= -180 && e <= 180 && w < e && s >= -90 && n <= 90 && s < n, "not a box on the map");
const refId = z.string().min(1).max(200);

/**
 * A slide the teacher made ("Add this view as a slide"): the view it captured (camera box,
 * routes drawn, route picked out, date) and the words the teacher wrote for it. Never the
 * article's: it is always shown as added by the teacher.
 */
export const teacherSlideSchema = z.object({
  id: z
    .string()
    .regex(/^mine-[a-z0-9-]+$/)
    .max(60),
  title: z.string().trim().min(1).max(LIMITS.slideTitle),
  caption: z.string().max(LIMITS.caption),
  /** Speaker notes, shown only in the presenter view. */
  notes: z.string().max(LIMITS.note),
  /** Discussion questions, asked in the presenter view and on the worksheet. */
  questions: z.array(z.string().max(LIMITS.question)).max(LIMITS.questions),
  /** Predict, then reveal: this answer stays hidden until the next press ("" for none). */
  answer: z.string().max(LIMITS.obstacle),
  /** Where the camera goes, [west, south, east, north] in degrees. */
  bounds: bbox,
  /** Routes drawn (ids of built-in or added routes; unknown ids are ignored when shown). */
  visible: z.array(refId).max(500),
  /** Route drawn highlighted, the others dimmed. */
  highlight: refId.nullable(),
  /** Time lens step the map shows (a timeline id; unknown or null: the article's date). */
  date: z.string().max(40).nullable(),
});

/**
 * The teacher's changes to the deck: slide ids in the order chosen (slides not listed keep their
 * place after the slide they follow by default), and the slides hidden from the presentation.
 */
export const deckEditsSchema = z.object({
  order: z.array(refId).max(5000),
  hidden: z.array(refId).max(5000),
});

/** The main record (see saved-format.ts). */
export const savedSchema = z.object({
  version: z.literal(SAVED_VERSION),
  // Checked one by one, so one damaged route or note does not cost the others.
  routes: z.array(z.string()),
  // Not z.record, which copies into a plain object and so drops a note keyed "__proto__"; the
  // notes are read one by one below, into a Map.
  notes: z.custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null && !Array.isArray(v)),
  // Read one by one too (as the notes are). Missing: none (they are an addition to the lesson).
  slides: z.custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null && !Array.isArray(v)).optional(),
  deck: z.unknown().optional(),
});

export type UserLine = z.infer<typeof userLineSchema>;
export type UserRoute = z.infer<typeof userRouteSchema>;
export type Note = z.infer<typeof noteSchema>;
export type TeacherSlide = z.infer<typeof teacherSlideSchema>;
export type DeckEdits = z.infer<typeof deckEditsSchema>;
/** Everything the teacher made: the lesson, as kept in storage and written to a lesson file. */
export type Saved = {
  routes: UserRoute[];
  notes: Record<string, Note>;
  slides: Record<string, TeacherSlide>;
  deck: DeckEdits;
};

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
  // Version 3 added the teacher's slides and deck edits: none yet.
  2: ({ current, routes }) => ({
    current: { ...current, version: 3, slides: {}, deck: NO_DECK_EDITS },
    routes,
  }),
};

export const NO_DECK_EDITS: DeckEdits = { order: [], hidden: [] };

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
  const empty: ReadSaved = {
    routes: [],
    notes: {},
    slides: {},
    deck: NO_DECK_EDITS,
    problems: [],
    damaged: false,
    newer: false,
    migrated: false,
  };
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
  const slides = new Map<string, TeacherSlide>();
  for (const [id, slide] of Object.entries(top.data.slides ?? {})) {
    const got = teacherSlideSchema.safeParse(slide);
    if (got.success && got.data.id === id) slides.set(id, got.data);
    else {
      const title = (slide as { title?: unknown } | null)?.title;
      problems.push(`Your saved slide${typeof title === "string" ? ` “${title.slice(0, 60)}”` : ""} is damaged.`);
    }
  }
  const deck = deckEditsSchema.safeParse(top.data.deck ?? NO_DECK_EDITS);
  if (!deck.success) problems.push("The saved order of the slides is damaged: the usual order is shown.");
  return {
    routes,
    notes: Object.fromEntries(notes),
    slides: Object.fromEntries(slides),
    deck: deck.success ? deck.data : NO_DECK_EDITS,
    problems,
    damaged: problems.length > 0,
    newer: false,
    migrated: version < SAVED_VERSION,
  };
}
