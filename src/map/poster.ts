/**
 * The opening view drawn at build time as SVG, for index.html: the basemap, the routes and the
 * names a teacher needs, in the live map's Web Mercator frame. It paints with the HTML, long
 * before MapLibre has drawn (about 1.3 s in software WebGL), and the live map replaces it once
 * it has drawn the same view.
 *
 * How it frames like the live map at any size: the geometry is an SVG whose viewBox is exactly the
 * opening bounds in Mercator units, in a box that an inline script (frame.ts's placePoster, the
 * same functions the live map frames with) puts where fitBounds will draw those bounds, before
 * the first paint. Dots sit in an outer SVG with no viewBox, and names are HTML placed by the
 * poster's own CSS rules, both at percentages of that box, so their sizes stay in CSS pixels as
 * MapLibre's do. Lines keep their pixel width with non-scaling strokes.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { BuiltData, Content } from "../content/schema";
import { stepDay } from "../content/timeline";
import { mercatorX, mercatorY } from "./display-simplify";
import { placeLabel } from "./labels";
import { dashPattern, INACTIVE_OPACITY, LINE_WIDTH, lineLook } from "./line-styles";
import {
  COUNTRY_LABEL_ANCHORS,
  COUNTRY_LABEL_OFFSET,
  dotReach,
  PALETTE,
  PLACE_DOT,
  PLACE_LABEL_ANCHORS,
  PLACE_LABEL_OFFSET,
} from "./style";

/** Width of the geometry's viewBox, in its units: 1 unit is about 0.7 px on a laptop's map, 1.1 px on a 1080p projector. */
export const POSTER_UNITS = 1000;
/** The line width at the opening view's zoom (about 3.3 on a laptop), in px before the map's scale. */
const LINE_PX = LINE_WIDTH.z3 + 0.3;
/** Places whose dots are drawn (as the live map's place-dots layer). */
const MARKED = new Set(["field", "port", "terminal", "capital", "city"]);

export type Poster = {
  /** The SVG markup, aria-hidden: the live map's own label is what a screen reader hears. */
  markup: string;
  /** Width over height of the opening bounds in Web Mercator: the stylesheet frames by it. */
  ratio: number;
  /** Where each name goes (the page's CSP refuses style attributes, so these are rules by id). */
  css: string;
};

/**
 * From the top of a name's first line to its baseline, in ems: Noto Sans (ascent 1.069 em,
 * descent 0.293 em) in a 1.15 em line, measured in Chromium at 0.96.
 */
const BASELINE_EM = 0.963;

/** Douglas–Peucker tolerance, in viewBox units: under a pixel off on a laptop, for a poster shown about a second. */
const SIMPLIFY_UNITS = 0.7;

/** Douglas–Peucker on projected points; keeps both ends. Iterative, so a long coast cannot overflow the stack. */
export function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let far = -1;
    let farthest = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = points[i];
      const dist = len === 0 ? Math.hypot(x - ax, y - ay) : Math.abs(dy * x - dx * y + bx * ay - by * ax) / len;
      if (dist > farthest) {
        farthest = dist;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Web Mercator in world units (the world 1 wide), as MapLibre projects (display-simplify.ts). */
const mercX = (lon: number) => mercatorX(lon, 1);
const mercY = (lat: number) => mercatorY(lat, 1);

/** [west, south, east, north] in degrees as [x0, y0, x1, y1] in world units (frame.ts). */
const merc = ([w, s, e, n]: readonly number[]) => [w, n, e, s].map((v, i) => +(i % 2 ? mercY(v) : mercX(v)).toFixed(7));

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function buildPoster(data: BuiltData, content: Content, basemap: FeatureCollection): Poster {
  const [w, s, e, n] = content.view.bounds;
  const x0 = mercX(w);
  const y0 = mercY(n);
  const k = POSTER_UNITS / (mercX(e) - x0);
  const height = (mercY(s) - y0) * k;
  const project = ([lon, lat]: Position): [number, number] => [(mercX(lon) - x0) * k, (mercY(lat) - y0) * k];
  /** Percent of the frame, for the unscaled layer: two decimals is a tenth of a pixel on a 4K map. */
  const pct = (p: Position) => {
    const [x, y] = project(p);
    return [`${((x / POSTER_UNITS) * 100).toFixed(2)}%`, `${((y / height) * 100).toFixed(2)}%`];
  };

  /** A path in whole units with relative moves: small in the page, and under a pixel off. */
  const pathOf = (lines: Position[][], close: boolean) =>
    lines
      .map((line) => {
        let out = "";
        let px = 0;
        let py = 0;
        simplify(line.map(project), SIMPLIFY_UNITS).forEach((p, i) => {
          const [x, y] = p.map(Math.round);
          if (i === 0) out += `M${x} ${y}`;
          else if (x !== px || y !== py) out += `l${x - px} ${y - py}`;
          px = x;
          py = y;
        });
        return close ? `${out}z` : out;
      })
      .join("");
  const rings = (g: Geometry): { lines: Position[][]; close: boolean } => {
    switch (g.type) {
      case "Polygon":
        return { lines: g.coordinates, close: true };
      case "MultiPolygon":
        return { lines: g.coordinates.flat(), close: true };
      case "LineString":
        return { lines: [g.coordinates], close: false };
      case "MultiLineString":
        return { lines: g.coordinates, close: false };
      default:
        return { lines: [], close: false };
    }
  };
  const d = (f: Feature) => {
    const { lines, close } = rings(f.geometry);
    return pathOf(lines, close);
  };
  const kind = (name: string) => basemap.features.filter((f) => f.properties?.kind === name);

  // Outlined as the live map's "coast" layer outlines countries and inland water.
  const focus = (f: Feature) => f.properties?.name === content.focusCountry;
  const fill = (colour: string, fs: Feature[]) =>
    `<path class="map-poster-coast" fill-rule="evenodd" fill="${colour}" d="${fs.map(d).join("")}"/>`;
  const land =
    fill(
      PALETTE.land,
      kind("country").filter((f) => !focus(f)),
    ) + fill(PALETTE.focusLand, kind("country").filter(focus));
  const water = fill(PALETTE.water, kind("water"));
  const borders = `<path class="map-poster-border" d="${kind("border").map(d).join("")}"/>`;

  const day = stepDay(content.timeline[0]);
  const routeLines = content.routes
    .map((route) =>
      data.lines.features
        .filter((f) => f.properties.route === route.id)
        .flatMap((f) => {
          const look = lineLook(f.properties, day, false);
          if (!look) return [];
          const dash = dashPattern(look.style, LINE_PX);
          const path = pathOf([f.geometry.coordinates], false);
          const opacity = look.inactive ? ` opacity="${INACTIVE_OPACITY}"` : "";
          return [
            `<g data-route="${esc(route.id)}"${opacity}>`,
            `<path class="map-poster-casing" d="${path}"/>`,
            `<path class="map-poster-line" d="${path}" stroke="${route.colour}"${dash ? ` stroke-dasharray="${dash.map((v) => v.toFixed(1)).join(" ")}"` : ""}/>`,
            "</g>",
          ];
        })
        .join(""),
    )
    .join("");

  const places = data.places.features.map((f, i) => ({ f, rank: data.placeRanks[i] ?? 2 }));
  const dots = places
    .filter(({ f }) => MARKED.has(f.properties.kind))
    .map(({ f }) => {
      const [x, y] = pct(f.geometry.coordinates);
      const capital = f.properties.kind === "capital";
      return `<svg x="${x}" y="${y}" overflow="visible"><circle class="map-poster-dot${capital ? " is-capital" : ""}" r="${(capital ? PLACE_DOT.capital : PLACE_DOT.other).radius}"/></svg>`;
    })
    .join("");
  // Names keep their pixel size as the map shrinks, so a smaller map has less room between
  // them: each is placed for a laptop's map and for a 1024 × 768 screen's, and shown on the
  // poster whose map is nearer that size (the stylesheet's container query, NARROW_MAP_BELOW).
  const wideNames = placeNames(data, content, project, height, WIDE_MAP);
  const narrowNames = placeNames(data, content, project, height, NARROW_MAP);
  const key = (n: PosterName) => JSON.stringify(n);
  const inWide = new Set(wideNames.map(key));
  const inNarrow = new Set(narrowNames.map(key));
  const names = [
    ...wideNames.map((n) => (inNarrow.has(key(n)) ? n : { ...n, cls: `${n.cls} is-wide-only` })),
    ...narrowNames.filter((n) => !inWide.has(key(n))).map((n) => ({ ...n, cls: `${n.cls} is-narrow-only` })),
  ];
  // Names are HTML, not SVG text: in traces here (30 November) SVG text was about half the
  // first paint's layout, about 0.07 of 0.14 s, and HTML names about a tenth of that.
  const rules: string[] = [];
  const label = (n: PosterName, i: number) => {
    const [x, y] = pct(n.at);
    const id = `map-poster-name-${i}`;
    // The point is the box's top left corner; the name moves from it as MapLibre's anchor and
    // offset move it (ems), its first baseline dy ems below the point, turned about the point.
    const along = { start: "0%", middle: "-50%", end: "-100%" }[n.anchor];
    const firstBaseline = n.dy - (n.lines.length - 1) * 0.57;
    const turn = n.angle ? `rotate(${n.angle}deg) ` : "";
    const colour = n.colour ? `;color:${n.colour}` : "";
    rules.push(
      `#${id}{left:${x};top:${y};transform:${turn}translate(calc(${along} + ${+n.dx.toFixed(3)}em),${+(firstBaseline - BASELINE_EM).toFixed(3)}em)${colour}}`,
    );
    return `<span id="${id}" class="map-poster-name ${n.cls} is-${n.anchor}">${n.lines.map(esc).join("<br>")}</span>`;
  };

  const markup = [
    `<div class="map-poster" id="map-poster" aria-hidden="true" data-testid="map-poster" data-frame="${esc(JSON.stringify([merc(content.view.bounds), merc(content.view.maxBounds)]))}">`,
    `<div class="map-poster-frame"><div class="map-poster-fit">`,
    `<svg class="map-poster-svg" width="100%" height="100%" overflow="visible" focusable="false">`,
    `<svg viewBox="0 0 ${POSTER_UNITS} ${height.toFixed(1)}" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">`,
    land,
    water,
    borders,
    routeLines,
    "</svg>",
    dots,
    "</svg>",
    names.map(label).join(""),
    "</div></div></div>",
  ].join("");
  return { markup, ratio: POSTER_UNITS / height, css: rules.join("\n") };
}

/** The map's box on a 1366 × 768 laptop, in CSS px: the names' usual placement. */
const WIDE_MAP = { w: 943, h: 587 };

/** The map's box on a 1024 × 768 screen (a classroom projector's), in CSS px. */
const NARROW_MAP = { w: 704, h: 593 };

/**
 * Maps narrower than this, in CSS px, show the names placed for NARROW_MAP (halfway between the
 * two widths); styles.css has the same figure in its container queries.
 */
export const NARROW_MAP_BELOW = 824;

/** A name on the poster: where, which way it reads and what it says, in ems from its point. */
type PosterName = {
  at: Position;
  lines: string[];
  cls: string;
  anchor: "start" | "middle" | "end";
  dx: number;
  dy: number;
  angle?: number;
  colour?: string;
};

/** Where MapLibre's variable anchors put a name, as text-anchor and offset in ems (radial offset r). */
function anchored(side: string, r: number): Pick<PosterName, "anchor" | "dx" | "dy"> {
  const d = r / Math.SQRT2;
  return (
    {
      center: { anchor: "middle", dx: 0, dy: 0.35 },
      left: { anchor: "start", dx: r, dy: 0.35 },
      right: { anchor: "end", dx: -r, dy: 0.35 },
      top: { anchor: "middle", dx: 0, dy: 0.35 + r + 0.5 },
      bottom: { anchor: "middle", dx: 0, dy: 0.35 - r - 0.5 },
      "top-left": { anchor: "start", dx: d, dy: 0.35 + d + 0.5 },
      "top-right": { anchor: "end", dx: -d, dy: 0.35 + d + 0.5 },
      "bottom-left": { anchor: "start", dx: d, dy: 0.35 - d - 0.5 },
      "bottom-right": { anchor: "end", dx: -d, dy: 0.35 - d - 0.5 },
    } as const
  )[side as "center"];
}

/**
 * The names the live map shows at the opening view, placed as MapLibre places them (style.ts:
 * route names first, then the key places and route ends, which may overlap; then seas, capitals
 * and countries, which give way to a name already placed or to a route line, trying each side).
 * Collisions are worked out for a map `box` px in size, with 13 px text: the poster is shown for
 * about a second, and a name the live map places differently on another screen moves once when
 * the map takes over.
 */
function placeNames(
  data: BuiltData,
  content: Content,
  project: (p: Position) => [number, number],
  height: number,
  box: { w: number; h: number },
): PosterName[] {
  const across = Math.min(box.w * 0.2, Math.max(16, Math.min(48, Math.min(box.w, box.h) * 0.06)) + 71.5);
  const upDown = Math.min(box.h * 0.15, Math.max(16, Math.min(48, Math.min(box.w, box.h) * 0.06)) + 19.5);
  const px = Math.min((box.w - 2 * across) / POSTER_UNITS, (box.h - 2 * upDown) / height);
  const toPx = (p: Position) => project(p).map((v) => v * px) as [number, number];
  const EM = 13;
  type Box = [number, number, number, number];
  const boxOf = (n: PosterName): Box => {
    const [x, y] = toPx(n.at);
    const bold = n.cls.includes("is-capital") || n.cls.includes("route") ? 0.64 : 0.58;
    const w = Math.max(...n.lines.map((t) => t.length)) * EM * bold;
    const left = x + n.dx * EM - (n.anchor === "middle" ? w / 2 : n.anchor === "end" ? w : 0);
    const base = y + n.dy * EM;
    return [left, base - EM - (n.lines.length - 1) * EM * 0.6, left + w, base + (n.lines.length - 1) * EM * 0.6 + 3];
  };
  const hit = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const placed: Box[] = [];
  // The keep-out marks: every 4 px along the lines, about 5 px across (route-layers.ts).
  const linePoints = data.lines.features.flatMap((f) =>
    f.geometry.coordinates.map(toPx).flatMap((p, i, all) => {
      if (i === 0) return [p];
      const [ax, ay] = all[i - 1];
      const steps = Math.max(1, Math.ceil(Math.hypot(p[0] - ax, p[1] - ay) / 4));
      return Array.from({ length: steps }, (_, j) => [
        ax + ((p[0] - ax) * (j + 1)) / steps,
        ay + ((p[1] - ay) * (j + 1)) / steps,
      ]);
    }),
  );
  const onLine = (b: Box) => linePoints.some(([x, y]) => x > b[0] - 5 && x < b[2] + 5 && y > b[1] - 5 && y < b[3] + 5);
  const out: PosterName[] = [];
  const tryPlace = (options: PosterName[], mode: "always" | "avoid-names" | "avoid-all") => {
    for (const n of options) {
      const b = boxOf(n);
      if (mode !== "always" && (placed.some((p) => hit(p, b)) || (mode === "avoid-all" && onLine(b)))) continue;
      placed.push(b);
      out.push(n);
      return;
    }
  };

  // 1. Route names, beside their line (route-layers.ts's name layer: anchor and 0.5–0.8 em offset).
  for (const route of content.routes) {
    const at = data.routeLabels[route.id];
    if (!at) continue;
    const side = { left: "left", right: "right", top: "top", bottom: "bottom" }[at.anchor] ?? "center";
    const { anchor, dx, dy } = anchored(side, 0.8);
    const vertical = side === "top" ? 0.85 : side === "bottom" ? -0.15 : dy;
    tryPlace(
      [
        {
          at: at.coordinates,
          lines: [route.mapLabel],
          cls: "map-poster-route",
          anchor,
          dx,
          dy: vertical,
          angle: at.angle,
          colour: route.colour,
        },
      ],
      "always",
    );
  }
  const places = data.places.features.map((f, i) => ({ f, rank: data.placeRanks[i] ?? 2 }));
  const marked = ({ f }: (typeof places)[number]) => MARKED.has(f.properties.kind);
  const placeOptions = ({ f }: (typeof places)[number]) =>
    PLACE_LABEL_ANCHORS.map((side) => ({
      at: f.geometry.coordinates,
      lines: placeLabel(f),
      cls: f.properties.kind === "capital" ? "map-poster-place is-capital" : "map-poster-place",
      ...anchored(side, PLACE_LABEL_OFFSET),
    }));
  const seaOptions = ({ f, rank }: (typeof places)[number]) => [
    {
      at: f.geometry.coordinates,
      // text-max-width 6 ems: the longer names wrap at their space.
      lines: f.properties.name.length > 10 ? f.properties.name.split(" ") : [f.properties.name],
      cls: rank === 0 ? "map-poster-sea is-key" : "map-poster-sea",
      ...anchored("center", 0),
    },
  ];
  // 2. The key places and the Caspian, always; then where each route's oil leaves it.
  for (const p of places.filter((p) => p.rank === 0 && marked(p))) tryPlace(placeOptions(p), "always");
  for (const p of places.filter((p) => p.rank === 0 && p.f.properties.kind === "sea"))
    tryPlace(seaOptions(p), "always");
  // The key places' rings: the names after this keep off them (style.ts, key-place-keepout).
  for (const { f } of places.filter((p) => p.rank === 0 && marked(p))) {
    const [x, y] = toPx(f.geometry.coordinates);
    const r = dotReach(f.properties.kind, 1);
    placed.push([x - r, y - r, x + r, y + r]);
  }
  for (const p of places.filter((p) => p.rank === 1 && marked(p))) tryPlace(placeOptions(p), "avoid-names");
  // 3. Other places and seas, clear of names and lines; then countries, which move or give way.
  for (const p of places.filter((p) => p.rank === 2 && p.f.properties.kind === "sea"))
    tryPlace(seaOptions(p), "avoid-all");
  // (Of the other places, only capitals win room at this zoom: the oil fields' names give way.)
  for (const p of places.filter((p) => p.rank === 2 && p.f.properties.kind === "capital"))
    tryPlace(placeOptions(p), "avoid-all");
  for (const { f } of places.filter((p) => p.f.properties.kind === "country"))
    tryPlace(
      COUNTRY_LABEL_ANCHORS.map((side) => ({
        at: f.geometry.coordinates,
        lines: placeLabel(f),
        cls: "map-poster-country",
        ...anchored(side, COUNTRY_LABEL_OFFSET),
      })),
      "avoid-all",
    );
  return out;
}
