import { asCopies } from "../import/assemble";
import { notesFromFile } from "../import/notes-from-file";
import type { Note, Saved, TeacherSlide } from "../store/user-route";
import { canonical } from "./lesson-file";

/** What a lesson holds, counted for the words a teacher reads before choosing. */
export function countLesson(l: Saved): { routes: number; notes: number; slides: number; edits: boolean } {
  return {
    routes: l.routes.length,
    notes: Object.keys(l.notes).length,
    slides: Object.keys(l.slides).length,
    edits: l.deck.order.length > 0 || l.deck.hidden.length > 0,
  };
}

/** "2 routes, 1 note and 3 slides", or "nothing of your own". */
export function describeCount(c: ReturnType<typeof countLesson>, edits = "a changed slide order"): string {
  const n = (k: number, one: string) => (k === 0 ? "" : `${k} ${one}${k === 1 ? "" : "s"}`);
  const parts = [n(c.routes, "route"), n(c.notes, "note"), n(c.slides, "slide")].filter(Boolean);
  if (c.edits) parts.push(edits);
  if (parts.length === 0) return "nothing of your own";
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** The same in every field, whatever order the fields were made in. */
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * The lesson here with another added to it: the other's routes and slides beside these (one
 * already here, the same in every way, is not added twice; one with the same id but different
 * content comes in as a copy), its notes where the teacher has none (theirs are kept). The deck's
 * order stays the teacher's; the other's slides go at the end, shown.
 */
export function mergeLesson(here: Saved, other: Saved, builtIn: readonly string[]): { lesson: Saved; message: string } {
  const taken = new Set([...builtIn, ...here.routes.map((r) => r.id)]);
  const renamed = new Map<string, string>();
  const routes = [...here.routes];
  let skipped = 0;
  for (const r of other.routes) {
    const mine = here.routes.find((x) => x.id === r.id);
    if (mine && same(mine, r)) {
      skipped++;
      continue;
    }
    const [added] = mine ? asCopies([r], taken) : [r];
    taken.add(added.id);
    if (added.id !== r.id) renamed.set(r.id, added.id);
    routes.push(added);
  }
  const rid = (id: string) => renamed.get(id) ?? id;
  const incomingNotes: Record<string, Note> = Object.fromEntries(
    new Map(Object.entries(other.notes).map(([k, v]) => [rid(k), v])),
  );
  const fromFile = notesFromFile(here.notes, incomingNotes, new Set());
  const notes = new Map(Object.entries(here.notes));
  for (const [k, v] of fromFile.apply) notes.set(k, v);
  const slides = new Map(Object.entries(here.slides));
  let addedSlides = 0;
  for (const s of Object.values(other.slides)) {
    const moved: TeacherSlide = {
      ...s,
      visible: s.visible.map(rid),
      highlight: s.highlight === null ? null : rid(s.highlight),
    };
    const mine = slides.get(s.id);
    if (mine && same(mine, moved)) continue;
    let id = s.id;
    for (let n = 2; slides.has(id); n++) id = `${s.id}-${n}`;
    slides.set(id, { ...moved, id });
    addedSlides++;
  }
  const added = routes.length - here.routes.length;
  const parts = [
    added > 0
      ? `${added} route${added === 1 ? "" : "s"} added${renamed.size > 0 ? ` (${renamed.size} as a copy beside yours)` : ""}.`
      : "",
    skipped > 0 ? `${skipped} route${skipped === 1 ? " was" : "s were"} here already.` : "",
    addedSlides > 0 ? `${addedSlides} slide${addedSlides === 1 ? "" : "s"} added at the end.` : "",
    fromFile.message,
  ];
  return {
    lesson: { routes, notes: Object.fromEntries(notes), slides: Object.fromEntries(slides), deck: here.deck },
    message: parts.filter(Boolean).join(" ") || "Everything in the lesson was here already.",
  };
}
