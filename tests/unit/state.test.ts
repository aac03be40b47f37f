import { describe, expect, it } from "vitest";
import { type AppState, createReducer, initialState } from "../../src/state/app-state";
import { parseUrl, parseUrlState, type UrlState, writeUrlState } from "../../src/state/url-state";

const routes = ["a", "b", "c"];
// Three slides: the second has a reveal (two steps).
// Three time lens steps: the article's date first.
const dates = ["1997-11", "2006-07", "today"];
const slides = [
  { id: "intro", reveal: false },
  { id: "route-b", reveal: true },
  { id: "end", reveal: false },
];
const reducer = createReducer(() => slides, dates);
const ids = { routes, slides: ["intro", "route-b", "end"], dates };

function run(state: AppState, ...types: ("next" | "prev" | "first" | "last")[]): AppState {
  return types.reduce((s, type) => reducer(s, { type }), state);
}

describe("the app reducer: explorer", () => {
  it("toggles one route and leaves the others", () => {
    const s = reducer(initialState(routes, dates), { type: "toggle", route: "b" });
    expect(s.visible).toEqual({ a: true, b: false, c: true });
    expect(reducer(s, { type: "toggle", route: "b" }).visible.b).toBe(true);
  });

  it("shows and hides all", () => {
    const hidden = reducer(initialState(routes, dates), { type: "hide-all" });
    expect(Object.values(hidden.visible)).toEqual([false, false, false]);
    expect(Object.values(reducer(hidden, { type: "show-all" }).visible)).toEqual([true, true, true]);
  });

  it("selecting a hidden route shows it; unknown routes change nothing", () => {
    const hidden = reducer(initialState(routes, dates), { type: "hide-all" });
    const s = reducer(hidden, { type: "select", route: "c" });
    expect(s.selected).toBe("c");
    expect(s.visible.c).toBe(true);
    expect(reducer(s, { type: "select", route: "zzz" })).toBe(s);
    expect(reducer(s, { type: "toggle", route: "zzz" })).toBe(s);
  });
});

describe("the app reducer: the time lens", () => {
  it("sets a known date, ignores an unknown one, and toggles width by capacity", () => {
    const s = reducer(initialState(routes, dates), { type: "set-date", date: "2006-07" });
    expect(s.date).toBe("2006-07");
    expect(reducer(s, { type: "set-date", date: "1850" })).toBe(s);
    expect(reducer(s, { type: "toggle-capacity" }).byCapacity).toBe(true);
  });

  it("restoring an unknown date falls back to the article's", () => {
    const s = initialState(routes, dates);
    const restored = reducer(s, { type: "restore", state: { ...s, date: "nope" } });
    expect(restored.date).toBe("1997-11");
  });
});

describe("the app reducer: the teacher's routes and notes", () => {
  const route = (id: string) =>
    ({
      id,
      name: id,
      colour: "#00796b",
      dash: "proposed",
      obstacle: "",
      fileName: "f",
      bounds: [0, 0, 1, 1],
      lines: [],
    }) as unknown as AppState["userRoutes"][number];
  const deckOf = (s: AppState) => [
    { id: "intro", reveal: false },
    ...s.userRoutes.map((r) => ({ id: `slide-${r.id}`, reveal: false })),
    { id: "end", reveal: false },
  ];
  const withDeck = createReducer(deckOf, dates);

  it("adds routes shown and selected, skips ids in use, and keeps the slide shown when the deck grows", () => {
    const start = withDeck(withDeck(initialState(routes, dates), { type: "present" }), { type: "last" });
    expect(start.deck.slide).toBe(1);
    const s = withDeck(start, { type: "add-user-routes", routes: [route("user-x"), route("a")] });
    expect(s.userRoutes.map((r) => r.id)).toEqual(["user-x"]);
    expect(s.visible["user-x"]).toBe(true);
    expect(s.selected).toBe("user-x");
    expect(deckOf(s)[s.deck.slide].id).toBe("end");
  });

  it("removing a route drops its visibility, selection and note, and keeps the slide", () => {
    let s = withDeck(initialState(routes, dates), { type: "add-user-routes", routes: [route("user-x")] });
    s = withDeck(s, { type: "set-note", route: "user-x", note: { text: "n", updated: "" } });
    s = withDeck(s, { type: "remove-user-route", id: "user-x" });
    expect(s.userRoutes).toEqual([]);
    expect("user-x" in s.visible).toBe(false);
    expect(s.notes).toEqual({});
    expect(s.selected).toBeNull();
  });

  it("an empty note is removed; what storage holds replaces the routes and notes, shown or not", () => {
    let s = withDeck(initialState(routes, dates), {
      type: "set-note",
      route: "a",
      note: { text: "mine", updated: "" },
    });
    expect(withDeck(s, { type: "set-note", route: "a", note: { text: "  ", updated: "" } }).notes).toEqual({});
    s = withDeck(s, { type: "add-user-routes", routes: [route("user-x")] });
    s = withDeck(s, { type: "select", route: "user-x" });
    s = withDeck(s, {
      type: "stored",
      routes: [route("user-y")],
      notes: { a: { text: "mine", updated: "" }, b: { text: "saved", updated: "" } },
      slides: {},
      deckEdits: { order: [], hidden: [] },
    });
    expect(s.userRoutes.map((r) => r.id)).toEqual(["user-y"]);
    expect(s.notes.b.text).toBe("saved");
    expect(s.visible["user-y"]).toBe(true);
    // A route removed in another tab leaves this one's map, key and selection.
    expect(Object.hasOwn(s.visible, "user-x")).toBe(false);
    expect(s.selected).toBeNull();
    // Built-in routes keep their visibility.
    expect(s.visible.a).toBe(true);
  });

  it("a link restored by back/forward keeps imported routes' visibility", () => {
    let s = withDeck(initialState(routes, dates), { type: "add-user-routes", routes: [route("user-x")] });
    s = withDeck(s, { type: "toggle", route: "user-x" });
    const restored = withDeck(s, { type: "restore", state: { ...s, visible: { a: true, b: false, c: true } } });
    expect(restored.visible).toEqual({ "user-x": false, a: true, b: false, c: true });
  });
});

describe("the app reducer: the deck", () => {
  const presenting = reducer(initialState(routes, dates), { type: "present" });

  it("steps through a reveal before moving on, and stops at the ends", () => {
    expect(run(presenting, "next").deck).toEqual({ slide: 1, step: 0 });
    expect(run(presenting, "next", "next").deck).toEqual({ slide: 1, step: 1 });
    expect(run(presenting, "next", "next", "next").deck).toEqual({ slide: 2, step: 0 });
    expect(run(presenting, "next", "next", "next", "next").deck).toEqual({ slide: 2, step: 0 });
    expect(run(presenting, "prev").deck).toEqual({ slide: 0, step: 0 });
  });

  it("going back lands on the previous slide fully revealed", () => {
    expect(run(presenting, "last", "prev").deck).toEqual({ slide: 1, step: 1 });
    expect(run(presenting, "last", "prev", "prev").deck).toEqual({ slide: 1, step: 0 });
    expect(run(presenting, "last", "first").deck).toEqual({ slide: 0, step: 0 });
  });

  it("jumps to a slide by number and clamps nonsense", () => {
    expect(reducer(presenting, { type: "goto", slide: 2 }).deck).toEqual({ slide: 2, step: 0 });
    expect(reducer(presenting, { type: "goto", slide: 99 }).deck).toEqual({ slide: 2, step: 0 });
    expect(reducer(presenting, { type: "goto", slide: -4 }).deck).toEqual({ slide: 0, step: 0 });
    expect(reducer(presenting, { type: "goto", slide: 1, step: 7 }).deck).toEqual({ slide: 1, step: 1 });
    expect(reducer(presenting, { type: "goto", slide: Number.NaN }).deck).toEqual({ slide: 0, step: 0 });
  });

  it("leaving the presentation keeps the explorer as it was", () => {
    const explorer = reducer(reducer(initialState(routes, dates), { type: "toggle", route: "a" }), {
      type: "select",
      route: "c",
    });
    const back = run(reducer(explorer, { type: "present" }), "next", "next");
    const exited = reducer(back, { type: "exit-present" });
    expect(exited.mode).toBe("explore");
    expect(exited.visible).toEqual(explorer.visible);
    expect(exited.selected).toBe("c");
  });

  it("blanks and unblanks, and syncs a position from the other window", () => {
    const blank = reducer(presenting, { type: "toggle-blank" });
    expect(blank.blank).toBe(true);
    expect(reducer(blank, { type: "toggle-blank" }).blank).toBe(false);
    const synced = reducer(presenting, { type: "sync", deck: { slide: 1, step: 1 }, blank: true });
    expect(synced.deck).toEqual({ slide: 1, step: 1 });
    expect(synced.blank).toBe(true);
  });
});

describe("the URL state", () => {
  const base: UrlState = {
    visible: { a: true, b: true, c: true },
    selected: null,
    mode: "explore",
    deck: { slide: 0, step: 0 },
    presenter: false,
    camera: null,
    date: "1997-11",
    byCapacity: false,
  };

  it("round-trips visible and selected routes, the slide and the reveal step", () => {
    const states: UrlState[] = [
      base,
      { ...base, visible: { a: false, b: true, c: false }, selected: "b" },
      { ...base, visible: { a: false, b: false, c: false } },
      { ...base, mode: "present", deck: { slide: 1, step: 1 } },
      { ...base, mode: "present", deck: { slide: 2, step: 0 }, selected: "a" },
      { ...base, presenter: true, deck: { slide: 1, step: 0 } },
      { ...base, date: "2006-07" },
      { ...base, date: "today", byCapacity: true, selected: "a" },
    ];
    for (const s of states) expect(parseUrlState(writeUrlState(s, ids), ids)).toEqual(s);
  });

  it("names the slide in the URL", () => {
    expect(writeUrlState({ ...base, mode: "present", deck: { slide: 1, step: 1 } }, ids)).toBe("?slide=route-b&step=1");
  });

  it("names the date and the width mode in the URL, and leaves out the article's date", () => {
    expect(writeUrlState({ ...base, date: "2006-07", byCapacity: true }, ids)).toBe("?date=2006-07&width=capacity");
    expect(writeUrlState({ ...base, date: "1997-11" }, ids)).toBe("");
  });

  it("reports an unknown date and falls back to the article's", () => {
    const parsed = parseUrl("?date=1066&width=huge", ids);
    expect(parsed.state.date).toBe("1997-11");
    expect(parsed.state.byCapacity).toBe(false);
    expect(parsed.problems).toEqual(["unknown date 1066", "line width huge"]);
  });

  it("writes nothing for the default view", () => {
    expect(writeUrlState(base, ids)).toBe("");
  });

  it("ignores unknown ids and junk without throwing", () => {
    expect(parseUrlState("?routes=zz,<script>&route=%E0%A4%A", ids)).toEqual(base);
    expect(parseUrlState(`?routes=${"x".repeat(10_000)}`, ids)).toEqual(base);
    expect(parseUrlState("?routes=a,zz&route=c", ids)).toEqual({
      ...base,
      visible: { a: true, b: false, c: true },
      selected: "c",
    });
    expect(parseUrlState("?slide=nope&step=1", ids)).toEqual(base);
    expect(parseUrlState("?slide=end&step=1e9", ids)).toEqual({
      ...base,
      mode: "present",
      deck: { slide: 2, step: 0 },
    });
    expect(parseUrlState("?slide=end&step=-1", ids).deck.step).toBe(0);
  });

  it("clamps a step the slide does not have, and says so", () => {
    const withSteps = { ...ids, steps: [1, 2, 1] };
    const one = parseUrl("?slide=intro&step=5", withSteps);
    expect(one.state.deck).toEqual({ slide: 0, step: 0 });
    expect(one.problems).toEqual(["step 5: that slide has one step"]);
    const two = parseUrl("?slide=route-b&step=3", withSteps);
    expect(two.state.deck).toEqual({ slide: 1, step: 1 });
    expect(two.problems).toEqual(["step 3: that slide has 2 steps"]);
    expect(parseUrl("?slide=route-b&step=1", withSteps).problems).toEqual([]);
  });
});
