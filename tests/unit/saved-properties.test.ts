import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeRoute } from "../../src/import/assemble";
import { createReducer, initialState } from "../../src/state/app-state";
import { toSaved } from "../../src/store/saved-format";
import { readSaved, type UserRoute } from "../../src/store/user-route";

const reducer = createReducer(() => [{ id: "title", reveal: false }], ["1997-11"]);
const builtIn = ["iran", "caucasus"];

/** Text as teachers and files bring it: any code points, right-to-left, emoji, very long, loaded words. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "toString",
    "\u202eنفط قزوين\u202c",
    "🛢️👩🏽‍🏫 Caspian 🇰🇿",
    "x".repeat(10_000),
    `${"é".repeat(119)}😀`,
    "   ",
    "",
  ),
);

const line = {
  id: "x",
  name: null,
  coordinates: [
    [50, 40],
    [51, 41],
  ] as [number, number][],
  drawnKm: 1,
  countries: [],
};

describe("anything the app can save, it reads back identical", () => {
  it("routes and notes with any text, through the app's own state, storage's copy and the reader", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: text, obstacle: text, fileName: text }), { maxLength: 3 }),
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...builtIn), fc.constant("__proto__")), text), { maxLength: 3 }),
        (routeFields, notes) => {
          let state = initialState(builtIn, ["1997-11"]);
          for (const f of routeFields) {
            const taken = new Set([...builtIn, ...state.userRoutes.map((r) => r.id)]);
            const route = makeRoute(
              { name: f.name.trim() ? f.name : "My route", colour: "#00796b", dash: "operating", obstacle: f.obstacle },
              [line],
              f.fileName,
              taken,
            );
            state = reducer(state, { type: "add-user-routes", routes: [route] });
            state = reducer(state, {
              type: "update-user-route",
              id: route.id,
              patch: { name: f.name, obstacle: f.obstacle },
            });
          }
          for (const [route, t] of notes)
            state = reducer(state, { type: "set-note", route, note: { text: t, updated: "2026-11-29T16:00:00Z" } });
          // What IndexedDB would hand back: a structured clone of each record.
          const current = structuredClone(
            toSaved({ routes: state.userRoutes, notes: state.notes, slides: state.slides, deck: state.deckEdits }),
          );
          const records = structuredClone(Object.fromEntries(state.userRoutes.map((r) => [r.id, r])));
          const back = readSaved(current, records);
          expect(back.problems).toEqual([]);
          expect(back.routes).toEqual(state.userRoutes as UserRoute[]);
          expect(back.notes).toEqual(state.notes);
          expect(Object.getPrototypeOf(back.notes)).toBe(Object.prototype);
        },
      ),
      { numRuns: 300 },
    );
  });
});
