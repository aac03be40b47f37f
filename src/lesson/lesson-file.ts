import { z } from "zod";
import { jsonFault } from "../import/json-fault";
import { decodeText, lineColumn, megabytes, tooDeep } from "../import/validate";
import {
  deckEditsSchema,
  noteSchema,
  type Saved,
  teacherSlideSchema,
  userLineSchema,
  userRouteSchema,
} from "../store/user-route";

/**
 * A lesson file: everything a teacher made (routes drawn or imported, notes, their own slides,
 * the deck's order and hidden slides), as one JSON file to keep, to send to a colleague, or to
 * open on the classroom's computer. Format, version 1 (documented in the README):
 *
 *   { "format": "caspian-routes-lesson", "version": 1,
 *     "routes": [route…], "notes": { routeId: note }, "slides": [slide…],
 *     "deck": { "order": [slideId…], "hidden": [slideId…] } }
 *
 * Written the same way every time (fixed key order, notes by route id, slides by id, two-space
 * indent), so saving, opening and saving again gives the same bytes. Read with the care of a
 * GeoJSON import: every refusal says what is wrong and where.
 */
export const LESSON_FORMAT = "caspian-routes-lesson";
export const LESSON_VERSION = 1;
/** A lesson with a large imported route (a 15 MB GeoJSON) still fits, in bytes. */
export const MAX_LESSON_BYTES = 30 * 1024 * 1024;

// Strict throughout: a field this version does not know is refused, not silently dropped.
/**
 * Positions checked by hand: zod (without its compiled mode, which the page's CSP forbids) takes
 * seconds over the 700,000 positions of a large route; this takes milliseconds.
 */
const positions = z.custom<[number, number][]>(
  (v) =>
    Array.isArray(v) &&
    v.length >= 2 &&
    v.every(
      (p) =>
        Array.isArray(p) &&
        p.length === 2 &&
        typeof p[0] === "number" &&
        typeof p[1] === "number" &&
        Math.abs(p[0]) <= 180 &&
        Math.abs(p[1]) <= 90,
    ),
  { message: "should be a list of at least two [longitude, latitude] positions, each on the map" },
);
const strictLine = z.strictObject({ ...userLineSchema.shape, coordinates: positions });
const strictRoute = z.strictObject({ ...userRouteSchema.shape, lines: z.array(strictLine).min(1) });
const strictNote = z.strictObject(noteSchema.shape);
const strictSlide = z.strictObject(teacherSlideSchema.shape);

export const lessonSchema = z.strictObject({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  routes: z.array(strictRoute).max(500),
  notes: z.custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null && !Array.isArray(v)),
  slides: z.array(strictSlide).max(1000),
  deck: z.strictObject(deckEditsSchema.shape),
});

/**
 * A value with every object's keys in sorted order (recursively), so the same lesson is written
 * as the same bytes however its objects were built (a form, an import, a file read back).
 */
export function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(
    new Map(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, canonical(x)]),
    ),
  );
}

/** Sorted by key, built as a Map: a key such as "__proto__" stays a key. */
const byKey = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(new Map(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));

/**
 * The lesson as the text of a file: one line per route, note and slide (a route's coordinates
 * indented one per line would triple a large file's size), the rest on lines of their own.
 */
export function writeLesson(lesson: Saved): string {
  const list = (items: readonly unknown[]) =>
    items.length === 0 ? "[]" : `[\n${items.map((v) => `    ${JSON.stringify(canonical(v))}`).join(",\n")}\n  ]`;
  const notes = Object.entries(byKey(lesson.notes));
  const noteText =
    notes.length === 0
      ? "{}"
      : `{\n${notes.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(canonical(v))}`).join(",\n")}\n  }`;
  return [
    "{",
    `  "format": ${JSON.stringify(LESSON_FORMAT)},`,
    `  "version": ${LESSON_VERSION},`,
    `  "routes": ${list(lesson.routes)},`,
    `  "notes": ${noteText},`,
    `  "slides": ${list(Object.values(byKey(lesson.slides)))},`,
    `  "deck": ${JSON.stringify({ order: lesson.deck.order, hidden: lesson.deck.hidden })}`,
    "}",
    "",
  ].join("\n");
}

export type LessonRead = { ok: true; lesson: Saved } | { ok: false; message: string };

const refuse = (message: string): LessonRead => ({ ok: false, message });

/** A path in the file, as a teacher could find it: routes[2].lines[0].name. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === "number" ? `${out}[${p}]` : `${out}${out ? "." : ""}${String(p)}`),
    "",
  );
}

/** Text from the file, short and printable, for a message. */
function echo(v: unknown): string {
  const s = String(v).replace(/[\p{Cc}\p{Cf}]/gu, "?");
  return `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;
}

/** The first fault zod found, in plain words with its place in the file. */
function describeIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const where = pathText(issue.path);
  if (issue.code === "unrecognized_keys")
    return `The lesson file has a field this version does not know: ${issue.keys.map(echo).join(", ")}${where ? ` in ${where}` : " at the top"}. It may come from a newer version of Caspian Routes, or have been edited by hand.`;
  if (issue.code === "too_big" && issue.origin === "string")
    return `${where} is longer than ${Number(issue.maximum).toLocaleString("en-GB")} characters, more than a lesson may hold.`;
  if (issue.code === "too_big" && issue.origin === "array")
    return `${where} has more than ${Number(issue.maximum).toLocaleString("en-GB")} items, more than a lesson may hold.`;
  if (issue.code === "invalid_type") {
    let value: unknown = json;
    for (const p of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[p as string];
    return value === undefined
      ? `${where} is missing.`
      : `${where} should be ${issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : `a ${issue.expected}`}.`;
  }
  if (issue.code === "custom") return `${where} ${issue.message}.`;
  return `${where || "The file"} is not as a lesson file needs it (${issue.message.replace(/^Invalid input: /, "").toLowerCase()}).`;
}

/**
 * Reads a lesson file's bytes (or text). `builtIn` are the app's own route ids, which notes and
 * slides may name. Never throws; refuses with a message that says what is wrong and where.
 */
export function readLesson(input: Uint8Array | string, builtIn: readonly string[]): LessonRead {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_LESSON_BYTES)
    return refuse(
      `This file is ${megabytes(size)}; lesson files of up to ${megabytes(MAX_LESSON_BYTES)} can be opened.`,
    );
  const text = typeof input === "string" ? input : decodeText(input);
  if (text === null) return refuse("This file is not UTF-8 text, so it is not a lesson file saved by Caspian Routes.");
  if (text.trim() === "") return refuse("The file is empty.");
  if (text.trimStart().startsWith("<"))
    return refuse("This is XML or HTML, not a lesson file saved by Caspian Routes.");
  const deep = tooDeep(text);
  if (deep !== null) {
    const { line, column } = lineColumn(text, deep);
    return refuse(`The file nests lists or objects too deeply (line ${line}, column ${column}); it may be damaged.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const fault = jsonFault(text);
    if (!fault || fault.why.startsWith("the file ends too early"))
      return refuse("The file ends too early: it looks cut off or incomplete. Save the lesson again and retry.");
    const { line, column } = lineColumn(text, fault.at);
    return refuse(`This is not valid JSON: ${fault.why} (line ${line}, column ${column}).`);
  }
  if (json === null || typeof json !== "object" || Array.isArray(json))
    return refuse("This is JSON, but not a lesson file: a lesson file holds one object.");
  const top = json as Record<string, unknown>;
  if (top.format !== LESSON_FORMAT) {
    if (typeof top.type === "string")
      return refuse("This is a GeoJSON file, not a lesson file. Add it with “Add a route” instead.");
    return refuse(`This is JSON, but not a lesson file: it has no “format” of “${LESSON_FORMAT}”.`);
  }
  const v = top.version;
  if (typeof v === "number" && Number.isInteger(v) && v > LESSON_VERSION && v < 1000)
    return refuse(
      `This lesson was saved by a newer version of Caspian Routes (lesson format ${v}; this version reads format ${LESSON_VERSION}). Open it in the newer version, or reload this page to get it.`,
    );
  if (v !== LESSON_VERSION) return refuse(`version: ${echo(v)} is not a lesson format this app knows.`);
  const got = lessonSchema.safeParse(json);
  if (!got.success) return refuse(describeIssue(got.error.issues[0], json));
  const lesson = got.data;

  // Ids must be unique: two routes (or slides) with one id would overwrite each other.
  const seen = new Map<string, number>();
  for (const [i, r] of lesson.routes.entries()) {
    if (builtIn.includes(r.id))
      return refuse(`routes[${i}].id: ${echo(r.id)} is the id of one of the app's own routes.`);
    const first = seen.get(r.id);
    if (first !== undefined)
      return refuse(`Two routes have the id ${echo(r.id)} (routes[${first}] and routes[${i}]): each needs its own.`);
    seen.set(r.id, i);
  }
  const slideIds = new Map<string, number>();
  for (const [i, s] of lesson.slides.entries()) {
    const first = slideIds.get(s.id);
    if (first !== undefined)
      return refuse(`Two slides have the id ${echo(s.id)} (slides[${first}] and slides[${i}]): each needs its own.`);
    slideIds.set(s.id, i);
  }
  // Notes, read one by one into a Map (a key "__proto__" stays a key), on routes that exist.
  const known = new Set([...builtIn, ...seen.keys()]);
  const notes = new Map<string, z.infer<typeof strictNote>>();
  for (const [route, note] of Object.entries(lesson.notes)) {
    const where = `notes.${route.length > 40 ? `${route.slice(0, 40)}…` : route}`;
    if (!known.has(route))
      return refuse(`${where}: a note on ${echo(route)}, a route neither the app nor the lesson has.`);
    const n = strictNote.safeParse(note);
    if (!n.success) {
      const issue = n.error.issues[0];
      return refuse(describeIssue({ ...issue, path: ["notes", route, ...issue.path] }, json));
    }
    notes.set(route, n.data);
  }
  return {
    ok: true,
    lesson: {
      routes: lesson.routes,
      notes: Object.fromEntries(notes),
      slides: Object.fromEntries(lesson.slides.map((s) => [s.id, s])),
      deck: lesson.deck,
    },
  };
}
