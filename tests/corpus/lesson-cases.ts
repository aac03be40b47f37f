/**
 * The corpus of damaged and hostile lesson files, shared by the unit test (every message) and
 * the browser test (through the real "Open lesson" dialog): each is refused with a message that
 * says what and where, or read with what it holds.
 */
export const BUILT_IN = ["iran", "caucasus", "east-asia", "russia"];

export const route = (id: string, name = "Gas line") => ({
  id,
  name,
  colour: "#00796b",
  dash: "proposed",
  obstacle: "Crosses three borders.",
  fileName: "gas.geojson",
  bounds: [59.4, 37.6, 82.6, 45.2],
  lines: [
    {
      id: `${id}-1`,
      name: null,
      coordinates: [
        [59.4, 37.6],
        [82.6, 45.2],
      ],
      drawnKm: 2100,
      countries: ["Turkmenistan", "China"],
    },
  ],
});

export const slide = (id: string, title = "Where the pipelines meet") => ({
  id,
  title,
  caption: "Baku: where two routes begin.",
  notes: "",
  questions: ["Why Baku?"],
  answer: "",
  bounds: [44, 36, 62, 48],
  visible: ["caucasus"],
  highlight: "caucasus",
  date: null,
});

export const lesson = (over: Record<string, unknown> = {}) => ({
  format: "caspian-routes-lesson",
  version: 1,
  routes: [route("user-gas")],
  notes: { iran: { text: "Ask about sanctions", updated: "2026-11-29T10:00:00.000Z" } },
  slides: [slide("mine-a")],
  deck: { order: [], hidden: [] },
  ...over,
});

const text = (v: unknown) => JSON.stringify(v, null, 2);

export type LessonCase = { name: string; input: string | Uint8Array | (() => string) } & (
  | { refused: RegExp }
  | { routes: number; slides: number; notes: number }
);

export const LESSON_CASES: LessonCase[] = [
  { name: "a good lesson", input: text(lesson()), routes: 1, slides: 1, notes: 1 },
  { name: "truncated", input: text(lesson()).slice(0, 300), refused: /ends too early: it looks cut off/ },
  {
    name: "a comment inside",
    input: text(lesson()).replace('"routes"', '// mine\n  "routes"'),
    refused: /comment \(JSON has no comments\) \(line 4, column 3\)/,
  },
  { name: "empty", input: "  \n", refused: /The file is empty/ },
  { name: "not UTF-8", input: new Uint8Array([0xff, 0xfe, 0x00, 0x7b]), refused: /not UTF-8 text/ },
  {
    name: "a GeoJSON file",
    input: text({ type: "FeatureCollection", features: [] }),
    refused: /GeoJSON file, not a lesson file\. Add it with “Add a route”/,
  },
  { name: "a list", input: "[1, 2]", refused: /a lesson file holds one object/ },
  {
    name: "a newer version",
    input: text(lesson({ version: 2 })),
    refused: /newer version of Caspian Routes \(lesson format 2/,
  },
  {
    name: "a nonsense version",
    input: text(lesson({ version: "one" })),
    refused: /version: “one” is not a lesson format/,
  },
  {
    name: "an unknown field at the top",
    input: text(lesson({ teacher: "Ms K" })),
    refused: /field this version does not know: “teacher” at the top/,
  },
  {
    name: "an unknown field in a slide",
    input: text(lesson({ slides: [{ ...slide("mine-a"), script: "x" }] })),
    refused: /field this version does not know: “script” in slides\[0\]/,
  },
  {
    name: "two routes with one id",
    input: text(lesson({ routes: [route("user-gas"), route("user-oil"), route("user-gas")] })),
    refused: /Two routes have the id “user-gas” \(routes\[0\] and routes\[2\]\)/,
  },
  {
    name: "two slides with one id",
    input: text(lesson({ slides: [slide("mine-a"), slide("mine-a")] })),
    refused: /Two slides have the id “mine-a” \(slides\[0\] and slides\[1\]\)/,
  },
  {
    name: "a route posing as a built-in one",
    input: text(lesson({ routes: [{ ...route("user-gas"), id: "iran" }] })),
    refused: /routes\[0\]\.id/,
  },
  {
    name: "a route's line with no coordinates",
    input: text(
      lesson({ routes: [{ ...route("user-gas"), lines: [{ ...route("user-gas").lines[0], coordinates: "x" }] }] }),
    ),
    refused: /routes\[0\]\.lines\[0\]\.coordinates should be a list of at least two \[longitude, latitude\] positions/,
  },
  {
    name: "a slide title far too long",
    input: text(lesson({ slides: [slide("mine-a", "T".repeat(5000))] })),
    refused: /slides\[0\]\.title is longer than 120 characters/,
  },
  {
    name: "a note on a route nobody has",
    input: text(lesson({ notes: { "user-nowhere": { text: "x", updated: "" } } })),
    refused: /notes\.user-nowhere: a note on “user-nowhere”, a route neither the app nor the lesson has/,
  },
  {
    name: "a note keyed __proto__ (hostile)",
    input: `{"format":"caspian-routes-lesson","version":1,"routes":[],"notes":{"__proto__":{"text":"x","updated":""}},"slides":[],"deck":{"order":[],"hidden":[]}}`,
    refused: /notes\.__proto__: a note on “__proto__”/,
  },
  {
    name: "hostile strings kept as plain text",
    input: text(
      lesson({
        routes: [route("user-gas", "<img src=x onerror=alert(1)>\u202Egnp.exe")],
        slides: [slide("mine-a", "</script><script>alert(1)</script>")],
      }),
    ),
    routes: 1,
    slides: 1,
    notes: 1,
  },
  {
    name: "nesting 10,000 deep",
    input: () => `{"format":"caspian-routes-lesson","x":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
    refused: /nests lists or objects too deeply \(line 1, column/,
  },
  {
    name: "20 MB: one huge note",
    input: () => text(lesson({ notes: { iran: { text: "x".repeat(20 * 1024 * 1024), updated: "" } } })),
    refused: /notes\.iran\.text is longer than 20,000 characters/,
  },
  {
    name: "20 MB: a lesson with one large route, read whole",
    input: () => {
      const big = route("user-big", "Big line");
      const coordinates = Array.from({ length: 700_000 }, (_, i) => [50 + (i % 1000) / 1000, 40 + i / 700_000]);
      return JSON.stringify(lesson({ routes: [{ ...big, lines: [{ ...big.lines[0], coordinates }] }] }));
    },
    routes: 1,
    slides: 1,
    notes: 1,
  },
  {
    name: "31 MB",
    input: () => " ".repeat(31 * 1024 * 1024),
    refused: /This file is 31\.0 MB; lesson files of up to 30\.0 MB can be opened/,
  },
];
