import { z } from "zod";

/**
 * The one schema for all content: route geometry in geo/*.geojson and the story in
 * src/content/content.ts. Types everywhere come from z.infer of these schemas.
 */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case: lower-case letters, digits and hyphens");

/** Status of a line on a given date, from plan to use (or to a stop). */
export const lineStatusSchema = z.enum([
  "proposed",
  "agreed",
  "under-construction",
  "operating",
  "halted",
  "cancelled",
]);
export const lineModeSchema = z.enum(["pipeline", "tanker", "rail"]);
const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
export const positionSchema = z.tuple([longitude, latitude]);

/**
 * A date as precise as the source: "2009", "2006-07" or "1997-10-25". A dated event counts from
 * the first day of its period (a year-only date from 1 January).
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD");

/**
 * A source in the bibliography (content.sources): a page a teacher or student can look up. Every
 * dated status, capacity, published length, background item and later event cites one or more of
 * these by id; a fact with no source is not shown.
 */
export const bibliographyEntrySchema = z.object({
  id,
  /** Title of the article, page or report, as published. */
  title: z.string().min(3),
  /** Author and/or outlet: "Bill Anderson, UPI", "RFE/RL", "Oil & Gas Journal". */
  by: z.string().min(2),
  /** Publication date, as precise as known; absent for an undated web page. */
  date: partialDateSchema.optional(),
  /** Where it can be read, when it is public. */
  url: z.url().optional(),
});

/** The sources a fact rests on: ids in the bibliography; at least one. */
export const citationsSchema = z
  .array(id)
  .min(1, "a fact must name at least one source from the bibliography (content.sources)");

/** One change (or confirmation) of a line's status, in our own words, with its source. */
export const statusEntrySchema = z.object({
  date: partialDateSchema,
  status: lineStatusSchema,
  sources: citationsSchema,
  event: z.string().min(5),
});

/** A capacity as published (barrels a day or million tonnes a year), with what it describes. */
export const capacitySchema = z.object({
  /** From when the figure holds; absent: whenever the line is drawn (a plan's design figure). */
  from: partialDateSchema.optional(),
  value: z.number().positive(),
  unit: z.enum(["barrels/day", "Mt/year"]),
  /** What the figure is: "agreed ceiling", "design capacity", "after expansion"... */
  what: z.string().min(3),
  sources: citationsSchema,
});

function inDateOrder<T extends { date?: string; from?: string }>(entries: T[], ctx: z.RefinementCtx): void {
  const dates = entries.map((e) => e.date ?? e.from);
  for (let i = 1; i < dates.length; i++) {
    const [a, b] = [dates[i - 1], dates[i]];
    if (a !== undefined && b !== undefined && b < a)
      ctx.addIssue({ code: "custom", path: [i], message: `dates out of order: ${b} comes after ${a}` });
  }
}

export const publishedLengthSchema = z.object({
  /** Published length in kilometres; a range where sources disagree. */
  km: z.union([z.number().positive(), z.tuple([z.number().positive(), z.number().positive()])]),
  /** "about" for proposals whose length was only announced. */
  approximate: z.boolean().default(false),
  sources: citationsSchema,
  /** What the published figure covers when it is not the whole drawn line. */
  covers: z.string().min(2).optional(),
});

export const lineFeatureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.object({
    id,
    route: id,
    name: z.string().min(3),
    /** Status changes, oldest first; the status on a date is the latest entry on or before it. */
    history: z.array(statusEntrySchema).min(1).superRefine(inDateOrder),
    /**
     * True for a line that was not even a plan when the article appeared: it is not drawn before
     * its first entry. Otherwise the first entry must be on or before the article's date.
     */
    plannedAfterArticle: z.boolean().default(false),
    /** Known capacities, oldest first (line width can show them). */
    capacity: z.array(capacitySchema).default([]).superRefine(inDateOrder),
    mode: lineModeSchema,
    /** One or two sentences: what this line was in November 1997, in our own words. */
    note: z.string().min(10),
    publishedLength: publishedLengthSchema.nullable(),
    /** True where the drawing is a sketch rather than the surveyed path. */
    schematic: z.boolean().default(false),
  }),
  geometry: z.object({
    type: z.literal("LineString"),
    coordinates: z.array(positionSchema).min(2),
  }),
});

export const routeFileSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(lineFeatureSchema).min(1),
});

export const placeKindSchema = z.enum(["field", "port", "terminal", "capital", "city", "country", "sea"]);

export const placeFeatureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.object({
    name: z.string().min(2),
    kind: placeKindSchema,
    /** Optional second line under the name, e.g. "(capital until Dec 1997)". */
    detail: z.string().optional(),
    /** A name every view of the region must show (the map gives it priority over the others). */
    key: z.boolean().optional(),
  }),
  geometry: z.object({ type: z.literal("Point"), coordinates: positionSchema }),
});

export const placesFileSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(placeFeatureSchema).min(1),
});

export const waterFileSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: z.object({ name: z.string().min(2), note: z.string().min(10) }),
      geometry: z.object({
        type: z.literal("MultiPolygon"),
        coordinates: z.array(z.array(z.array(positionSchema).min(4))),
      }),
    }),
  ),
});

const paragraph = z.number().int().min(1).max(20);

/** A short verbatim quotation from the article; the quotation test checks it against ¶N. */
export const quoteSchema = z.object({
  text: z
    .string()
    .min(3)
    .refine((s) => s.trim().split(/\s+/).length <= 20, "quotations stay short: 20 words at most"),
  paragraph,
});

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, "must be a #rrggbb colour");

export const routeContentSchema = z.object({
  id,
  name: z.string().min(3),
  /** Short label drawn repeatedly along the route's lines (readable in greyscale). */
  mapLabel: z.string().min(2).max(16),
  colour: hexColour,
  summary: z.string().min(10),
  article: z.object({
    /** The obstacle the article attributes to this route, in our own words. */
    obstacle: z.string().min(20),
    quotes: z.array(quoteSchema).min(1).max(3),
  }),
  background: z.array(z.object({ text: z.string().min(10), sources: citationsSchema })).min(1),
  /** Events after the article, oldest first, each dated as precisely as its source. */
  after1997: z
    .array(z.object({ date: partialDateSchema, text: z.string().min(10), sources: citationsSchema }))
    .min(1)
    .superRefine(inDateOrder),
});

const bboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** One slide of the classroom deck, shown on the same live map as the explorer. */
export const slideSchema = z.object({
  id,
  /** "teacher": made by the app for a route the teacher imported (never in the content file). */
  kind: z.enum(["title", "context", "route", "reasons", "conclusion", "epilogue", "teacher"]),
  title: z.string().min(3),
  /** Large caption in our own words; ¶ citations go in `paragraphs`. */
  caption: z.string().min(10),
  /** Paragraphs of the article the caption draws on, shown as ¶N–¶M. */
  paragraphs: z.array(paragraph),
  /** A short verbatim quotation shown under the caption (checked like the routes' quotes). */
  quote: quoteSchema.optional(),
  /** Where the camera flies: a bounding box, or the bounds of a route. */
  camera: z.union([z.object({ bounds: bboxSchema }), z.object({ route: id })]),
  /** Routes drawn on this slide: "all" or a list of route ids. */
  visible: z.union([z.literal("all"), z.array(id)]),
  /** Route drawn highlighted, the others dimmed. */
  highlight: id.nullable(),
  /** Predict, then reveal: the highlighted route's obstacle stays hidden until the next press. */
  reveal: z.boolean().default(false),
  /** A teacher's slide: the answer its reveal shows (in place of a route's obstacle). */
  answer: z.string().optional(),
  /** True for slides about events after the article (marked as later on screen). */
  later: z.boolean().default(false),
  /** Timeline step (content.timeline id) the map shows; absent: the article's date. */
  date: id.optional(),
  /** Speaker notes, shown only in the presenter view. */
  notes: z.string().min(10),
  questions: z.array(z.string().min(10)).min(2).max(3),
});

export const contentSchema = z.object({
  title: z.string(),
  subtitle: z.string(),
  article: z.object({
    title: z.string(),
    outlet: z.string(),
    date: z.string(),
    /** Date the map's borders and statuses refer to. */
    asOf: z.string(),
    /** The article's date, YYYY-MM-DD: a line's history must reach back to it. */
    isoDate: partialDateSchema,
  }),
  view: z.object({
    /** Opening frame, [west, south, east, north] in degrees. */
    bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    /** How far the map may be panned. */
    maxBounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  }),
  /** Country given a lighter land colour: the story is about its oil. */
  focusCountry: z.string(),
  /** The bibliography, numbered in this order on screen ("[3]"). */
  sources: z.array(bibliographyEntrySchema).min(1),
  routes: z.array(routeContentSchema).min(1),
  /** Dates the time lens stops at; the first is the article's own date. */
  timeline: z
    .array(
      z.object({
        id,
        /** "today": the latest status in our sources. */
        date: z.union([partialDateSchema, z.literal("today")]),
        label: z.string().min(4),
        /** What happened, shown beside the control. */
        event: z.string().min(4),
      }),
    )
    .min(2),
  statusLabels: z.record(lineStatusSchema, z.string()),
  modeLabels: z.record(lineModeSchema, z.string()),
  credits: z.array(z.object({ what: z.string(), source: z.string(), licence: z.string() })),
  deck: z.array(slideSchema).min(2),
});

export type LineStatus = z.infer<typeof lineStatusSchema>;
export type LineMode = z.infer<typeof lineModeSchema>;
export type Position = z.infer<typeof positionSchema>;
export type PublishedLength = z.infer<typeof publishedLengthSchema>;
export type StatusEntry = z.infer<typeof statusEntrySchema>;
export type Capacity = z.infer<typeof capacitySchema>;
export type LineFeature = z.infer<typeof lineFeatureSchema>;
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type WaterFile = z.infer<typeof waterFileSchema>;
export type BibliographyEntry = z.infer<typeof bibliographyEntrySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type RouteContent = z.infer<typeof routeContentSchema>;
export type Content = z.infer<typeof contentSchema>;
export type Slide = z.infer<typeof slideSchema>;
export type ContentInput = z.input<typeof contentSchema>;

/** Geometry facts computed with Turf at build time (src/build/route-stats.ts). */
export const lineStatsSchema = z.object({
  /** Length of the drawn line in kilometres (geodesic, straight segments between waypoints). */
  drawnKm: z.number().positive(),
  /** Countries the drawn line passes through, in order, by their 1997 names. */
  countries: z.array(z.string()).min(1),
  /** Named places at the line's start and end, and those it passes, in order (null: none near). */
  from: z.string().nullable(),
  via: z.array(z.string()),
  to: z.string().nullable(),
});

export const builtLineSchema = lineFeatureSchema.extend({
  properties: lineFeatureSchema.shape.properties.extend({
    ...lineStatsSchema.shape,
    /** Status on the article's date, from the history; null for a line planned only later. */
    status1997: lineStatusSchema.nullable(),
  }),
});

/** What the build hands the app: validated lines with their computed facts. */
export const builtDataSchema = z.object({
  /** The content file after validation, with defaults filled in. */
  content: contentSchema,
  lines: z.object({ type: z.literal("FeatureCollection"), features: z.array(builtLineSchema) }),
  places: placesFileSchema,
  /** [west, south, east, north] in degrees, per route id. */
  routeBounds: z.record(z.string(), z.tuple([z.number(), z.number(), z.number(), z.number()])),
  /**
   * Per place, in the order of `places`: 0 key, 1 a route's outer end, 2 the rest (lower wins a
   * label collision).
   */
  placeRanks: z.array(z.number().int().min(0).max(2)),
  /** Per route id: where its name goes on the map, and the angle of the line there (degrees). */
  routeLabels: z.record(
    z.string(),
    z.object({ coordinates: positionSchema, angle: z.number(), anchor: z.enum(["bottom", "top", "left", "right"]) }),
  ),
});

export type LineStats = z.infer<typeof lineStatsSchema>;
export type BuiltData = z.infer<typeof builtDataSchema>;
