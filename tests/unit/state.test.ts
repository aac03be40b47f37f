import { describe, expect, it } from "vitest";
import { initialState, reducer } from "../../src/state/app-state";
import { parseUrlState, writeUrlState } from "../../src/state/url-state";

const ids = ["a", "b", "c"];

describe("the app reducer", () => {
  it("toggles one route and leaves the others", () => {
    const s = reducer(initialState(ids), { type: "toggle", route: "b" });
    expect(s.visible).toEqual({ a: true, b: false, c: true });
    expect(reducer(s, { type: "toggle", route: "b" }).visible.b).toBe(true);
  });

  it("shows and hides all", () => {
    const hidden = reducer(initialState(ids), { type: "hide-all" });
    expect(Object.values(hidden.visible)).toEqual([false, false, false]);
    expect(Object.values(reducer(hidden, { type: "show-all" }).visible)).toEqual([true, true, true]);
  });

  it("selecting a hidden route shows it; unknown routes change nothing", () => {
    const hidden = reducer(initialState(ids), { type: "hide-all" });
    const s = reducer(hidden, { type: "select", route: "c" });
    expect(s.selected).toBe("c");
    expect(s.visible.c).toBe(true);
    expect(reducer(s, { type: "select", route: "zzz" })).toBe(s);
    expect(reducer(s, { type: "toggle", route: "zzz" })).toBe(s);
  });
});

describe("the URL state", () => {
  it("round-trips visible and selected routes", () => {
    const states = [
      { visible: { a: true, b: true, c: true }, selected: null },
      { visible: { a: false, b: true, c: false }, selected: "b" },
      { visible: { a: false, b: false, c: false }, selected: null },
    ];
    for (const s of states) expect(parseUrlState(writeUrlState(s, ids), ids)).toEqual(s);
  });

  it("writes nothing for the default view", () => {
    expect(writeUrlState(initialState(ids), ids)).toBe("");
  });

  it("ignores unknown ids and junk without throwing", () => {
    expect(parseUrlState("?routes=zz,<script>&route=%E0%A4%A", ids)).toEqual({
      visible: { a: true, b: true, c: true },
      selected: null,
    });
    expect(parseUrlState(`?routes=${"x".repeat(10_000)}`, ids).visible).toEqual({ a: true, b: true, c: true });
    expect(parseUrlState("?routes=a,zz&route=c", ids)).toEqual({
      visible: { a: true, b: false, c: true },
      selected: "c",
    });
  });
});
