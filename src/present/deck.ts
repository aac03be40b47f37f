import type { BuiltData, Content, LineStatus, Slide, StatusEntry } from "../content/schema";
import { statusAt, stepDay, type TimelineStep } from "../content/timeline";
import { mercatorX, mercatorY } from "../map/display-simplify";
import type { Action } from "../state/app-state";
import type { DeckEdits, TeacherSlide, UserRoute } from "../store/user-route";

/** Steps per slide: a slide with a reveal has two (before and after), others one. */
export function slideSteps(deck: readonly Slide[]): number[] {
  return deck.map((s) => (s.reveal ? 2 : 1));
}

/** Which routes a slide draws. */
export function slideVisible(slide: Slide, routeIds: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(routeIds.map((id) => [id, slide.visible === "all" || slide.visible.includes(id)]));
}

/** Where to frame a route, built-in or imported, [west, south, east, north]; else the region. */
export function routeBounds(
  id: string,
  data: Pick<BuiltData, "routeBounds">,
  content: Pick<Content, "view">,
  userRoutes: readonly Pick<UserRoute, "id" | "bounds">[],
): readonly number[] {
  return data.routeBounds[id] ?? userRoutes.find((r) => r.id === id)?.bounds ?? content.view.bounds;
}

/** Where the camera goes for a slide, [west, south, east, north] in degrees. */
export function slideBounds(slide: Slide, boundsOfRoute: (id: string) => readonly number[]): readonly number[] {
  if ("bounds" in slide.camera) return slide.camera.bounds;
  return boundsOfRoute(slide.camera.route);
}

/**
 * Whether a slide frames a box so wide that its map needs the width: at least half as wide as
 * `maxBounds` lets the map show tall (both in Web Mercator). A map column narrower than such a
 * box cannot zoom out past maxBounds' north and south edges to fit it, so it cuts the box's sides
 * and the names at its ends. The region's slides are such; a route's or a close-up's are not.
 */
export function needsWideMap(slide: Slide, maxBounds: readonly number[]): boolean {
  if (!("bounds" in slide.camera)) return false;
  const [w, , e] = slide.camera.bounds;
  const tallest = mercatorY(maxBounds[1], 1) - mercatorY(maxBounds[3], 1);
  return mercatorX(e, 1) - mercatorX(w, 1) >= tallest / 2;
}

/** A slide for a route the teacher imported: its name, its note, and the map framed on it. */
export function teacherSlide(route: UserRoute): Slide {
  return {
    id: `slide-${route.id}`,
    kind: "teacher",
    title: route.name,
    caption: route.obstacle.trim() || "A route added by your teacher. It is not in the article.",
    paragraphs: [],
    camera: { route: route.id },
    visible: [route.id],
    highlight: route.id,
    reveal: false,
    later: false,
    notes: "Added by you. Not in the article.",
    questions: [],
  };
}

/** A slide the teacher made, as the deck shows it. */
export function mySlide(t: TeacherSlide): Slide {
  return {
    id: t.id,
    kind: "teacher",
    title: t.title,
    caption: t.caption,
    paragraphs: [],
    camera: { bounds: t.bounds },
    visible: t.visible,
    highlight: t.highlight,
    reveal: t.answer.trim() !== "",
    answer: t.answer,
    later: false,
    date: t.date ?? undefined,
    notes: t.notes,
    questions: t.questions.filter((q) => q.trim() !== ""),
  };
}

/** A slide of the lesson, with whether the teacher hid it from the presentation. */
export type LessonSlide = { slide: Slide; hidden: boolean; mine: boolean };

/**
 * Ids in the teacher's order: those `order` names (and that still exist) in its sequence; any
 * other keeps its default place, just after the slide it follows by default (or first).
 */
export function ordered(defaults: readonly string[], order: readonly string[]): string[] {
  const exists = new Set(defaults);
  const out = [...new Set(order)].filter((id) => exists.has(id));
  const placed = new Set(out);
  defaults.forEach((id, i) => {
    if (placed.has(id)) return;
    let j = i - 1;
    while (j >= 0 && !placed.has(defaults[j])) j--;
    out.splice(j < 0 ? 0 : out.indexOf(defaults[j]) + 1, 0, id);
    placed.add(id);
  });
  return out;
}

/**
 * Every slide of the lesson in the teacher's order, hidden ones included (for the slide
 * editor): the content's slides; one per imported route, after the article's route slides
 * (before the reasons), so the teacher's routes are weighed with the others; then the teacher's
 * own slides, in the order they were made unless moved.
 */
export function lessonSlides(
  base: readonly Slide[],
  userRoutes: readonly UserRoute[],
  slides: Readonly<Record<string, TeacherSlide>> = {},
  edits: DeckEdits = { order: [], hidden: [] },
): LessonSlide[] {
  let at = -1;
  base.forEach((s, i) => {
    if (s.kind === "route") at = i;
  });
  const cut = at < 0 ? base.length : at + 1;
  const defaults = [
    ...base.slice(0, cut),
    ...userRoutes.map(teacherSlide),
    ...base.slice(cut),
    ...Object.values(slides).map(mySlide),
  ];
  const byId = new Map(defaults.map((s) => [s.id, s]));
  const hidden = new Set(edits.hidden);
  return ordered(
    defaults.map((s) => s.id),
    edits.order,
  ).map((id) => ({ slide: byId.get(id) as Slide, hidden: hidden.has(id), mine: Object.hasOwn(slides, id) }));
}

/** The deck presented: the lesson's slides without the hidden ones. */
export function deckFor(
  base: readonly Slide[],
  userRoutes: readonly UserRoute[],
  slides?: Readonly<Record<string, TeacherSlide>>,
  edits?: DeckEdits,
): Slide[] {
  const all = lessonSlides(base, userRoutes, slides, edits);
  const shown = all.filter((s) => !s.hidden);
  // Never an empty presentation (the editor keeps one slide shown; a lesson file might not).
  return (shown.length > 0 ? shown : all).map((s) => s.slide);
}

/** Whether the highlighted route's obstacle shows at this step. */
export function isRevealed(slide: Slide, step: number): boolean {
  return !slide.reveal || step >= 1;
}

/** "¶6–¶11" for a run, "¶5, ¶6, ¶13–¶15" for several. */
export function formatParagraphs(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs.map(([a, b]) => (a === b ? `¶${a}` : `¶${a}–¶${b}`)).join(", ");
}

export type KeyEffect = "fullscreen" | "presenter-view";

/**
 * What a key does while presenting. Clickers send PageDown/PageUp (some send "." for blank).
 * Digits build a slide number that Enter jumps to. Returns the new digit buffer.
 */
export function presentationKey(
  key: string,
  buffer: string,
): { action?: Action; effect?: KeyEffect; buffer: string; handled: boolean } {
  if (/^[0-9]$/.test(key)) return { buffer: (buffer + key).slice(-3), handled: true };
  switch (key) {
    case "Enter":
      if (buffer) return { action: { type: "goto", slide: Number(buffer) - 1 }, buffer: "", handled: true };
      return { action: { type: "next" }, buffer: "", handled: true };
    case "ArrowRight":
    case "ArrowDown":
    case " ":
    case "PageDown":
      return { action: { type: "next" }, buffer: "", handled: true };
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "Backspace":
      return { action: { type: "prev" }, buffer: "", handled: true };
    case "Home":
      return { action: { type: "first" }, buffer: "", handled: true };
    case "End":
      return { action: { type: "last" }, buffer: "", handled: true };
    case "b":
    case "B":
    case ".":
      return { action: { type: "toggle-blank" }, buffer: "", handled: true };
    case "Escape":
      // A half-typed slide number is cancelled first; a second Escape leaves.
      if (buffer) return { buffer: "", handled: true };
      return { action: { type: "exit-present" }, buffer: "", handled: true };
    case "f":
    case "F":
      return { effect: "fullscreen", buffer: "", handled: true };
    case "s":
    case "S":
      return { effect: "presenter-view", buffer: "", handled: true };
    default:
      return { buffer, handled: false };
  }
}

/** The time lens step a slide shows: its own date, or the article's. */
export function slideStep(slide: Slide, content: Pick<Content, "timeline">): TimelineStep {
  return content.timeline.find((t) => t.id === slide.date) ?? content.timeline[0];
}

/** A line whose status differs between two dates (null: not yet planned). */
export type LineChange = {
  id: string;
  name: string;
  route: string;
  /** The places the line runs between, where named. */
  from: string | null;
  to: string | null;
  before: LineStatus | null;
  after: LineStatus | null;
};

/**
 * What an epilogue slide shows as changed: the lines whose status on its date differs from that
 * on the previous epilogue slide's date (the first compares with the article's). Null for other
 * slides.
 */
export function epilogueChanges(
  deck: readonly Slide[],
  index: number,
  content: Pick<Content, "timeline">,
  lines: readonly {
    properties: {
      id: string;
      name: string;
      route: string;
      from?: string | null;
      to?: string | null;
      history: readonly StatusEntry[];
    };
  }[],
): { since: TimelineStep; changes: LineChange[] } | null {
  const slide = deck[index];
  if (slide?.kind !== "epilogue") return null;
  const earlier = deck.slice(0, index).filter((s) => s.kind === "epilogue");
  const since = earlier.length > 0 ? slideStep(earlier[earlier.length - 1], content) : content.timeline[0];
  const from = stepDay(since);
  const to = stepDay(slideStep(slide, content));
  const changes = lines.flatMap(({ properties: p }) => {
    const before = statusAt(p.history, from);
    const after = statusAt(p.history, to);
    return before === after
      ? []
      : [{ id: p.id, name: p.name, route: p.route, from: p.from ?? null, to: p.to ?? null, before, after }];
  });
  return { since, changes };
}

/**
 * Changes that end in the same status, together: "Now halted: A; B; C" (the list stays short).
 * Three or more lines of one route that join end to end read as one run, "Uzen to Karamay
 * (5 sections)", rather than each section by name.
 */
export function groupChanges(changes: readonly LineChange[]): { after: LineStatus | null; names: string[] }[] {
  const groups: { after: LineStatus | null; changes: LineChange[] }[] = [];
  for (const c of changes) {
    const g = groups.find((x) => x.after === c.after);
    if (g) g.changes.push(c);
    else groups.push({ after: c.after, changes: [c] });
  }
  return groups.map((g) => ({ after: g.after, names: runsOf(g.changes) }));
}

/** The changes' names, with each run of three or more joined lines of a route as one. */
function runsOf(changes: readonly LineChange[]): string[] {
  // b carries on where a ends, on the same route.
  const joins = (a: LineChange, b: LineChange) => a.route === b.route && a.to !== null && a.to === b.from;
  const chains: LineChange[][] = [];
  for (const c of changes) {
    const ending = chains.find((ch) => joins(ch[ch.length - 1], c));
    const starting = chains.find((ch) => ch !== ending && joins(c, ch[0]));
    if (ending && starting) {
      ending.push(c, ...starting);
      chains.splice(chains.indexOf(starting), 1);
    } else if (ending) ending.push(c);
    else if (starting) starting.unshift(c);
    else chains.push([c]);
  }
  return chains.flatMap((ch) =>
    ch.length >= 3 ? [`${ch[0].from} to ${ch[ch.length - 1].to} (${ch.length} sections)`] : ch.map((c) => c.name),
  );
}
