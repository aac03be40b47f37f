import type { DeckEdits, Note, Saved, TeacherSlide, UserRoute } from "./user-route";

/**
 * Version 3 of what is kept in browser storage: one small record ("current") with the notes,
 * each with the time it was last changed, the teacher's slides and deck edits, and the ids of
 * the imported routes, each route in a record of its own, so typing a note never rewrites
 * megabytes of coordinates. (Version 2 had no slides; version 1 kept routes inline.) Kept apart
 * from the schemas so that saving, and a first visit with nothing saved, need no validation code.
 */
export const SAVED_VERSION = 3;

/**
 * A format this version cannot read because a later version wrote it: left untouched. Only a
 * plausible version number counts (Infinity, NaN or 1e300 is damage, not the future: treating
 * it as newer would leave the app unable to save in this browser for good).
 */
export const isNewerVersion = (v: unknown): boolean =>
  typeof v === "number" && Number.isInteger(v) && v > SAVED_VERSION && v < 1000;

/** The main record as written to storage (routes go in records of their own). */
export type MainRecord = {
  version: number;
  routes: string[];
  notes: Record<string, Note>;
  slides: Record<string, TeacherSlide>;
  deck: DeckEdits;
};

/** The main record written to storage (routes go in records of their own). */
export function toSaved(saved: Saved): MainRecord {
  return {
    version: SAVED_VERSION,
    routes: saved.routes.map((r: UserRoute) => r.id),
    notes: saved.notes,
    slides: saved.slides,
    deck: saved.deck,
  };
}

/**
 * The longest text kept for each field, in UTF-16 code units (as `maxLength` and zod count).
 * One set of limits for every way in (a file, pasted text, the forms, a lesson): the app state
 * caps text to them, so whatever is saved is read back whole.
 */
export const LIMITS = {
  routeName: 120,
  obstacle: 2000,
  fileName: 200,
  lineName: 201,
  note: 20_000,
  slideTitle: 120,
  caption: 2000,
  question: 500,
  questions: 3,
} as const;

/** `text` cut to at most `max` code units, never in the middle of a character's surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** A route's text within the limits; its name trimmed (as it is read back) and never empty. */
export function routeWithinLimits(route: UserRoute, fallbackName = "Imported route"): UserRoute {
  const name = capText(route.name.trim(), LIMITS.routeName).trim();
  return {
    ...route,
    name: name || fallbackName,
    obstacle: capText(route.obstacle, LIMITS.obstacle),
    fileName: capText(route.fileName, LIMITS.fileName),
    lines: route.lines.map((l) => (l.name === null ? l : { ...l, name: capText(l.name, LIMITS.lineName) })),
  };
}

/** A teacher's slide's text within the limits; its title trimmed and never empty. */
export function slideWithinLimits(slide: TeacherSlide): TeacherSlide {
  const title = capText(slide.title.trim(), LIMITS.slideTitle).trim();
  return {
    ...slide,
    title: title || "My slide",
    caption: capText(slide.caption, LIMITS.caption),
    notes: capText(slide.notes, LIMITS.note),
    questions: slide.questions.slice(0, LIMITS.questions).map((q) => capText(q, LIMITS.question)),
    answer: capText(slide.answer, LIMITS.obstacle),
  };
}
