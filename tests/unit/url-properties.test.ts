import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseUrl, parseUrlState, roundCamera, type UrlState, writeUrlState } from "../../src/state/url-state";

const ids = {
  routes: ["iran", "caucasus", "east-asia", "russia"],
  slides: ["title", "iran-route", "after-1997"],
  dates: ["1997-11", "1999-04", "today"],
};

/** Every state the app can be in and put in a link. */
const validState: fc.Arbitrary<UrlState> = fc
  .record({
    shown: fc.subarray(ids.routes),
    selected: fc.option(fc.constantFrom(...ids.routes), { nil: null }),
    presenting: fc.boolean(),
    presenter: fc.boolean(),
    slide: fc.nat({ max: ids.slides.length - 1 }),
    step: fc.nat({ max: 1 }),
    date: fc.constantFrom(...ids.dates),
    byCapacity: fc.boolean(),
    camera: fc.option(
      fc.record({
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      }),
      { nil: null },
    ),
  })
  .map(({ shown, selected, presenting, presenter, slide, step, date, byCapacity, camera }) => {
    const visible = Object.fromEntries(ids.routes.map((id) => [id, shown.includes(id) || id === selected]));
    const onDeck = presenting || presenter;
    return {
      visible,
      selected,
      mode: presenting && !presenter ? "present" : "explore",
      deck: onDeck ? { slide, step } : { slide: 0, step: 0 },
      presenter,
      camera: camera ? roundCamera(camera) : null,
      date,
      byCapacity,
    } satisfies UrlState;
  });

describe("the URL module (property-based)", () => {
  it("parse(write(state)) = state for every valid state", () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseUrl(writeUrlState(state, ids), ids);
        expect(parsed.problems).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it("parse(anything) never throws and always gives a usable state", () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom("routes", "route", "slide", "step", "at", "view", "date", "width", "x"),
            fc.oneof(
              fc.string(),
              fc.constantFrom("NaN", "Infinity", "-0", "1e309", "<script>alert(1)</script>", "%E0%A4%A", "none"),
              fc.double().map(String),
            ),
          ),
        )
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`),
      fc.constant(`?routes=${"iran,".repeat(2500)}`),
    );
    fc.assert(
      fc.property(junk, (search) => {
        const state = parseUrlState(search, ids);
        expect(Object.keys(state.visible)).toEqual(ids.routes);
        expect(state.selected === null || ids.routes.includes(state.selected)).toBe(true);
        expect(state.deck.slide).toBeGreaterThanOrEqual(0);
        expect(state.deck.slide).toBeLessThan(ids.slides.length);
        expect(Number.isInteger(state.deck.step)).toBe(true);
        expect(ids.dates).toContain(state.date);
        if (state.camera) {
          expect(Number.isFinite(state.camera.lon + state.camera.lat + state.camera.zoom)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("reports what it could not use", () => {
    expect(parseUrl("?routes=atlantis&at=NaN,1,2&slide=zz", ids).problems).toEqual([
      "unknown route atlantis",
      "unknown slide zz",
      "map position NaN,1,2",
    ]);
    expect(parseUrl(`?x=${"j".repeat(10_000)}`, ids).problems).toEqual(["the link is far too long"]);
  });
});
