import { describe, expect, it } from "vitest";
import { content as contentFile } from "../../src/content/content";
import { contentSchema } from "../../src/content/schema";
import { deckFor, lessonSlides, ordered } from "../../src/present/deck";
import { type AppState, createReducer, initialState } from "../../src/state/app-state";
import type { TeacherSlide } from "../../src/store/user-route";

const content = contentSchema.parse(contentFile);
const mine = (id: string, over: Partial<TeacherSlide> = {}): TeacherSlide => ({
  id,
  title: `Slide ${id}`,
  caption: "What we see here.",
  notes: "",
  questions: ["Why here?"],
  answer: "",
  bounds: [44, 36, 62, 48],
  visible: ["iran"],
  highlight: null,
  date: null,
  ...over,
});
const lessonOf = (s: AppState) => lessonSlides(content.deck, s.userRoutes, s.slides, s.deckEdits);
const reducer = createReducer(
  (s) => lessonOf(s).map(({ slide, hidden }) => ({ id: slide.id, reveal: slide.reveal, hidden })),
  content.timeline.map((t) => t.id),
);
const start = () =>
  initialState(
    content.routes.map((r) => r.id),
    content.timeline.map((t) => t.id),
  );
const ids = (s: AppState) => deckFor(content.deck, s.userRoutes, s.slides, s.deckEdits).map((x) => x.id);
const base = content.deck.map((s) => s.id);

describe("the teacher's order", () => {
  it("keeps listed ids in the listed order and slots the rest after the slide they follow", () => {
    expect(ordered(["a", "b", "c", "d"], [])).toEqual(["a", "b", "c", "d"]);
    expect(ordered(["a", "b", "c", "d"], ["c", "a"])).toEqual(["c", "d", "a", "b"]);
    expect(ordered(["a", "b", "c"], ["gone", "b", "b"])).toEqual(["a", "b", "c"]);
    // "new" follows "c" by default, so it goes just after "c" wherever "c" now is.
    expect(ordered(["a", "b", "c", "new"], ["c", "b", "a"])).toEqual(["c", "new", "b", "a"]);
  });
});

describe("editing the deck", () => {
  it("adds a teacher's slide after the slide shown, marked as the teacher's, with its reveal when it has an answer", () => {
    let s = start();
    s = reducer(s, { type: "add-slide", slide: mine("mine-1"), after: base[1] });
    s = reducer(s, { type: "add-slide", slide: mine("mine-2", { answer: "Because of sanctions." }) });
    expect(ids(s).slice(0, 3)).toEqual([base[0], base[1], "mine-1"]);
    expect(ids(s).at(-1)).toBe("mine-2");
    const lesson = lessonOf(s);
    const two = lesson.find((x) => x.slide.id === "mine-2");
    expect(two).toMatchObject({ mine: true, hidden: false, slide: { kind: "teacher", reveal: true } });
    expect(lesson.find((x) => x.slide.id === base[0])?.mine).toBe(false);
  });

  it("moves a slide up and down, hides and shows one, and never hides the last slide shown", () => {
    let s = start();
    s = reducer(s, { type: "move-slide", id: base[2], to: 0 });
    expect(ids(s).slice(0, 3)).toEqual([base[2], base[0], base[1]]);
    s = reducer(s, { type: "hide-slide", id: base[0], hidden: true });
    expect(ids(s)).not.toContain(base[0]);
    expect(lessonOf(s).map((x) => x.slide.id)).toContain(base[0]);
    for (const id of base) s = reducer(s, { type: "hide-slide", id, hidden: true });
    expect(ids(s)).toHaveLength(1);
    s = reducer(s, { type: "reset-deck" });
    expect(ids(s)).toEqual(base);
  });

  it("keeps the presentation on the slide shown when slides move or are added before it", () => {
    let s = reducer(start(), { type: "present", at: { slide: 3, step: 0 } });
    const shown = ids(s)[3];
    s = reducer(s, { type: "add-slide", slide: mine("mine-1"), after: base[0] });
    s = reducer(s, { type: "move-slide", id: base[5], to: 0 });
    expect(ids(s)[s.deck.slide]).toBe(shown);
  });

  it("edits only the teacher's own slides, within the text limits", () => {
    let s = reducer(start(), { type: "add-slide", slide: mine("mine-1") });
    s = reducer(s, {
      type: "update-slide",
      id: "mine-1",
      patch: { title: `  ${"T".repeat(500)}`, questions: ["a", "b", "c", "d"] },
    });
    expect(s.slides["mine-1"].title).toHaveLength(120);
    expect(s.slides["mine-1"].questions).toHaveLength(3);
    expect(reducer(s, { type: "update-slide", id: base[0], patch: { title: "x" } })).toBe(s);
    expect(reducer(s, { type: "remove-slide", id: base[0] })).toBe(s);
    s = reducer(s, { type: "remove-slide", id: "mine-1" });
    expect(ids(s)).toEqual(base);
  });
});
