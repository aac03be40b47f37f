/**
 * A benchmark peer: a bare Leaflet page (the engine under uMap and StoryMapJS) drawing the same
 * map as the bare MapLibre baseline, from the same files: the basemap fetched at runtime, the
 * route lines with their colours, dashes and flow arrows, the place dots, and the labels. All as
 * SVG (Leaflet's SVG renderer, no tiles); labels are HTML text in divIcon markers, given the
 * MapLibre style's sizes, anchors and priorities, and hidden where they would collide.
 */
import "leaflet/dist/leaflet.css";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-700.css";
import type { FeatureCollection } from "geojson";
import * as L from "leaflet";
import type { BuiltData } from "../../../src/content/schema";
import { stepDay } from "../../../src/content/timeline";
import generated from "../../../src/generated/data.json";
import { ARROW_SIZE, ARROW_SPACING, arrowPath, arrowsAlong } from "../../../src/map/flow-arrows";
import { placeLabel } from "../../../src/map/labels";
import { dashPattern, INACTIVE_OPACITY, LINE_WIDTH } from "../../../src/map/line-styles";
import {
  assetUrl,
  COUNTRY_LABEL_ANCHORS,
  COUNTRY_LABEL_OFFSET,
  linesGeoJson,
  PALETTE,
  PLACE_LABEL_ANCHORS,
  PLACE_LABEL_OFFSET,
} from "../../../src/map/style";

declare global {
  interface Window {
    /** The benchmark's handle: hides or shows the first route; resolves with ms to the next frame. */
    __caspianLeaflet?: { toggle(): Promise<number> };
  }
}

const data = generated as unknown as BuiltData;
const { content } = data;
const base = import.meta.env.BASE_URL;
const lens = { day: stepDay(content.timeline[0]), byCapacity: false };
const lines = content.routes.flatMap((r) => linesGeoJson(data, lens, r.id).features);

/** The fonts the labels use, loading while the basemap downloads (MapLibre's idle waits for its glyphs). */
const fonts = Promise.all([document.fonts.load('16px "Noto Sans"'), document.fonts.load('700 16px "Noto Sans"')]);
const basemap = fetch(assetUrl(base, "generated/basemap.geojson", location.origin)).then(
  (r) => r.json() as Promise<FeatureCollection>,
);

const [west, south, east, north] = content.view.bounds;
const map = L.map("map", { preferCanvas: false, zoomControl: false, zoomSnap: 0 });
map.getContainer().style.background = PALETTE.water;
map.fitBounds(
  [
    [south, west],
    [north, east],
  ],
  { animate: false },
);

/**
 * A pane: Leaflet gives each its own SVG renderer (preferCanvas is false), so a layer removed
 * and added again keeps its place in the stack.
 */
function pane(name: string, zIndex: number): string {
  map.createPane(name).style.zIndex = String(zIndex);
  return name;
}

/** MapLibre's zoom for this view (its tiles are 512 px, Leaflet's 256). */
const mlZoom = () => map.getZoom() - 1;
/** A value interpolated linearly between zoom 3 and zoom 7, as the style's "interpolate" does. */
const byZoom = (z3: number, z7: number) => z3 + (z7 - z3) * Math.min(1, Math.max(0, (mlZoom() - 3) / 4));
const lineWidth = () => byZoom(LINE_WIDTH.z3, LINE_WIDTH.z7);
const borderWidth = () => byZoom(0.8, 1.6);

// --- Basemap: water is the map's background; countries (Kazakhstan lighter), inland water, borders.
const basemapPane = pane("caspian-basemap", 350);
let borders: L.GeoJSON | null = null;
const basemapDrawn = basemap.then((json) => {
  const kinds = (...k: string[]) => ({
    type: "FeatureCollection" as const,
    features: json.features.filter((f) => k.includes(f.properties?.kind)),
  });
  L.geoJSON(kinds("country", "water"), {
    pane: basemapPane,
    interactive: false,
    style: (f) => ({
      fillColor:
        f?.properties?.kind === "water"
          ? PALETTE.water
          : f?.properties?.name === content.focusCountry
            ? PALETTE.focusLand
            : PALETTE.land,
      fillOpacity: 1,
      color: "#7aa6c2",
      weight: 0.8,
    }),
  }).addTo(map);
  borders = L.geoJSON(kinds("border"), {
    pane: basemapPane,
    interactive: false,
    style: () => borderStyle(),
  }).addTo(map);
});
function borderStyle(): L.PathOptions {
  const w = borderWidth();
  return { color: PALETTE.border, weight: w, lineJoin: "round", lineCap: "butt", dashArray: `${3 * w} ${1.5 * w}` };
}

// --- Routes: per route a casing, the line (colour, dash by status), and flow arrows, in its own pane.
type LatLngs = L.LatLngExpression[];
const toLatLngs = (coords: readonly (readonly number[])[]): LatLngs => coords.map(([lon, lat]) => [lat, lon]);
/** The arrowhead outline (flow-arrows.ts) as points, at the size MapLibre draws its arrow image. */
const ARROW_POINTS = (arrowPath(ARROW_SIZE * 0.9).match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

type DrawnRoute = {
  id: string;
  group: L.LayerGroup;
  arrows: L.LayerGroup;
  paths: { casing: L.Polyline; line: L.Polyline; props: (typeof lines)[number]["properties"] }[];
  colour: string;
};
const routes: DrawnRoute[] = content.routes.map((route, i) => {
  const routePane = pane(`caspian-route-${route.id}`, 410 + i);
  const own = lines.filter((f) => f.properties.route === route.id);
  const group = L.layerGroup();
  const paths = own.map((f) => ({
    casing: L.polyline(toLatLngs(f.geometry.coordinates), {
      pane: routePane,
      interactive: false,
      color: "#ffffff",
      opacity: f.properties.inactive ? 0.5 : 0.85,
      lineCap: "round",
      lineJoin: "round",
    }),
    line: L.polyline(toLatLngs(f.geometry.coordinates), {
      pane: routePane,
      interactive: false,
      color: route.colour,
      opacity: f.properties.inactive ? INACTIVE_OPACITY : 1,
      lineCap: "round",
      lineJoin: "round",
    }),
    props: f.properties,
  }));
  // MapLibre draws a route's casings, then its lines, then its arrows.
  for (const p of paths) group.addLayer(p.casing);
  for (const p of paths) group.addLayer(p.line);
  const arrows = L.layerGroup().addTo(group);
  return { id: route.id, group, arrows, paths, colour: route.colour };
});

function styleRoutes(): void {
  const w = lineWidth();
  for (const r of routes)
    for (const p of r.paths) {
      const lw = w * p.props.widthFactor;
      p.casing.setStyle({ weight: lw + 4 });
      p.line.setStyle({ weight: lw, dashArray: dashPattern(p.props.style, lw)?.join(" ") ?? undefined });
    }
}

/** Arrows every ARROW_SPACING px along each line, turned along it; rebuilt when the zoom changes. */
function drawArrows(): void {
  for (const r of routes) {
    r.arrows.clearLayers();
    for (const p of r.paths) {
      const pts = (p.line.getLatLngs() as L.LatLng[]).map((ll) => {
        const pt = map.latLngToLayerPoint(ll);
        return [pt.x, pt.y] as const;
      });
      for (const a of arrowsAlong(pts, ARROW_SPACING)) {
        const cos = Math.cos((a.angle * Math.PI) / 180);
        const sin = Math.sin((a.angle * Math.PI) / 180);
        const ring: L.LatLng[] = [];
        for (let k = 0; k < ARROW_POINTS.length; k += 2) {
          const [x, y] = [ARROW_POINTS[k], ARROW_POINTS[k + 1]];
          ring.push(map.layerPointToLatLng([a.x + x * cos - y * sin, a.y + x * sin + y * cos]));
        }
        const opacity = p.props.inactive ? INACTIVE_OPACITY : 1;
        r.arrows.addLayer(
          L.polygon(ring, {
            pane: p.line.options.pane,
            interactive: false,
            className: "flow-arrow",
            color: "#ffffff",
            weight: 2.5,
            lineJoin: "round",
            opacity,
            fillColor: r.colour,
            fillOpacity: opacity,
          }),
        );
      }
    }
  }
}

// --- Place dots (above the routes).
const MARKED_PLACES = ["field", "port", "terminal", "capital", "city"];
const dotPane = pane("caspian-dots", 480);
for (const f of data.places.features) {
  if (!MARKED_PLACES.includes(f.properties.kind)) continue;
  const capital = f.properties.kind === "capital";
  // MapLibre strokes outside the circle's radius, SVG on it.
  const stroke = capital ? 2 : 1;
  L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
    pane: dotPane,
    interactive: false,
    radius: (capital ? 5 : 4) + stroke / 2,
    weight: stroke,
    color: PALETTE.placeText,
    opacity: 1,
    fillColor: capital ? "#ffffff" : PALETTE.placeText,
    fillOpacity: 1,
  }).addTo(map);
}

// --- Labels: MapLibre's symbol layers, highest priority first, each hidden if it would collide.
type Anchor =
  | "center"
  | "left"
  | "right"
  | "top"
  | "bottom"
  | "top-left"
  | "top-right"
  | "bottom-left"
  | "bottom-right";
/** Where the anchor sits on the text box, as fractions of its width and height. */
const ANCHOR: Record<Anchor, [number, number]> = {
  center: [0.5, 0.5],
  left: [0, 0.5],
  right: [1, 0.5],
  top: [0.5, 0],
  bottom: [0.5, 1],
  "top-left": [0, 0],
  "top-right": [1, 0],
  "bottom-left": [0, 1],
  "bottom-right": [1, 1],
};

type Label = {
  marker: L.Marker;
  el: HTMLElement;
  text: string;
  bold: boolean;
  letterSpacing: number;
  /** text-max-width, in ems. */
  maxWidth: number;
  /** Font size in px at the current zoom. */
  size: () => number;
  /** Sides to try, in order: the app's own lists (style.ts). */
  anchors: readonly Anchor[];
  /** text-radial-offset, in ems. */
  radial: number;
  /** text-offset in ems (used when there is no radial offset). */
  offset: [number, number];
  rotate: number;
  padding: number;
  overlap: boolean;
  route?: string;
};

type LabelOpts = Omit<Label, "marker" | "el" | "offset" | "rotate" | "route" | "bold" | "maxWidth"> & {
  offset?: [number, number];
  rotate?: number;
  route?: string;
  maxWidth?: number;
  colour: string;
  halo: string;
  haloWidth: number;
  className: string;
};

/** One label layer's worth of labels, in the order MapLibre places them (top of the style first). */
const stages: (Label[] | "keepout")[] = [];
const labelLayer = L.layerGroup();

function label(lnglat: readonly number[], o: LabelOpts): Label {
  const el = document.createElement("div");
  el.className = `caspian-label ${o.className}`;
  el.textContent = o.text;
  el.style.color = o.colour;
  el.style.webkitTextStroke = `${2 * o.haloWidth}px ${o.halo}`;
  if (o.letterSpacing) el.style.letterSpacing = `${o.letterSpacing}em`;
  const marker = L.marker([lnglat[1], lnglat[0]], {
    icon: L.divIcon({ html: el, className: "caspian-label-anchor", iconSize: [0, 0] }),
    interactive: false,
    keyboard: false,
  });
  return {
    marker,
    el,
    text: o.text,
    bold: o.className.includes("bold"),
    letterSpacing: o.letterSpacing,
    maxWidth: o.maxWidth ?? 10,
    size: o.size,
    anchors: o.anchors,
    radial: o.radial,
    offset: o.offset ?? [0, 0],
    rotate: o.rotate ?? 0,
    padding: o.padding,
    overlap: o.overlap,
    route: o.route,
  };
}

const placeSize = () => byZoom(13, 17);
const places = data.places.features.map((f, i) => ({ f, rank: data.placeRanks[i] ?? 2 }));
const placeLabels = (rank: number, haloWidth: number) =>
  places
    .filter(({ f, rank: r }) => MARKED_PLACES.includes(f.properties.kind) && r === rank)
    .map(({ f }) =>
      label(f.geometry.coordinates, {
        text: placeLabel(f).join("\n"),
        className: f.properties.kind === "capital" ? "place bold" : "place",
        colour: PALETTE.placeText,
        halo: "#ffffff",
        haloWidth,
        letterSpacing: 0,
        size: placeSize,
        anchors: PLACE_LABEL_ANCHORS,
        radial: PLACE_LABEL_OFFSET,
        padding: 2,
        overlap: rank === 0,
      }),
    );
const seaLabels = (key: boolean) =>
  places
    .filter(({ f, rank }) => f.properties.kind === "sea" && (rank === 0) === key)
    .map(({ f }) =>
      label(f.geometry.coordinates, {
        text: placeLabel(f).join("\n"),
        className: "sea",
        colour: PALETTE.seaText,
        halo: PALETTE.water,
        haloWidth: 1.5,
        letterSpacing: 0.12,
        size: key ? () => byZoom(15, 19) : placeSize,
        anchors: ["center"],
        radial: 0,
        padding: 2,
        overlap: key,
        maxWidth: 6,
      }),
    );
/** Route names, beside their line on the side the build chose (route-layers.ts). */
const ROUTE_NAME_OFFSET: Record<string, [number, number]> = { left: [0.8, 0], right: [-0.8, 0], top: [0, 0.5] };
stages.push(
  content.routes
    .filter((r) => data.routeLabels[r.id])
    .map((r) => {
      const { coordinates, angle, anchor } = data.routeLabels[r.id];
      return label(coordinates, {
        text: r.mapLabel,
        className: "bold",
        colour: r.colour,
        halo: "#ffffff",
        haloWidth: 2.5,
        letterSpacing: 0.03,
        size: () => 13,
        anchors: [anchor],
        radial: 0,
        offset: ROUTE_NAME_OFFSET[anchor] ?? [0, -0.5],
        rotate: angle,
        padding: 1,
        overlap: false,
        route: r.id,
      });
    }),
  seaLabels(true),
  placeLabels(0, 2),
  placeLabels(1, 2),
  "keepout",
  seaLabels(false),
  placeLabels(2, 1.8),
  places
    .filter(({ f }) => f.properties.kind === "country")
    .map(({ f }) =>
      label(f.geometry.coordinates, {
        text: placeLabel(f).join("\n"),
        className: "",
        colour: PALETTE.countryText,
        halo: PALETTE.land,
        haloWidth: 1.5,
        letterSpacing: 0.1,
        size: () => byZoom(13, 18),
        anchors: COUNTRY_LABEL_ANCHORS,
        radial: COUNTRY_LABEL_OFFSET,
        padding: 2,
        overlap: false,
      }),
    ),
);
const allLabels = stages.flatMap((s) => (s === "keepout" ? [] : s));
for (const l of allLabels) if (!l.route) labelLayer.addLayer(l.marker);

type Box = [number, number, number, number];
const hits = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places every label as MapLibre would: in priority order, at the first of its anchors where it
 * collides with nothing placed before (labels, and after the key names the marks along the route
 * lines); a label allowed to overlap takes its first anchor when none is free.
 */
function layoutLabels(): void {
  for (const l of allLabels) l.el.style.fontSize = `${l.size()}px`;
  // One layout read for all the sizes.
  const sizes = new Map(allLabels.map((l) => [l, [l.el.offsetWidth, l.el.offsetHeight] as const]));
  const placed: Box[] = [];
  for (const stage of stages) {
    if (stage === "keepout") {
      placed.push(...keepoutBoxes());
      continue;
    }
    for (const l of inTileOrder(stage)) {
      const [w, h] = sizes.get(l) ?? [0, 0];
      if (!map.hasLayer(l.marker)) continue;
      const p = map.latLngToContainerPoint(l.marker.getLatLng());
      const em = l.size();
      const fits = l.anchors.map((anchor) => {
        const [ax, ay] = ANCHOR[anchor];
        let [ox, oy] = [l.offset[0] * em, l.offset[1] * em];
        if (l.radial) {
          const [dx, dy] = [(0.5 - ax) * 2, (0.5 - ay) * 2];
          const k = (dx && dy ? Math.SQRT1_2 : 1) * l.radial * em;
          // MapLibre moves text above or below its point back by 7/24 em (its baseline offset).
          [ox, oy] = [dx * k, dy * (k - (7 / 24) * em)];
        }
        const [x0, y0] = [ox - ax * w, oy - ay * h];
        const rad = (l.rotate * Math.PI) / 180;
        const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
        const xs: number[] = [];
        const ys: number[] = [];
        for (const [cx, cy] of [
          [x0, y0],
          [x0 + w, y0],
          [x0, y0 + h],
          [x0 + w, y0 + h],
        ]) {
          xs.push(p.x + cx * cos - cy * sin);
          ys.push(p.y + cx * sin + cy * cos);
        }
        const pad = l.padding;
        const box: Box = [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
        return { anchor, x0, y0, box };
      });
      const free = fits.find((f) => !placed.some((b) => hits(f.box, b)));
      const chosen = free ?? (l.overlap ? fits[0] : null);
      l.el.style.visibility = chosen ? "visible" : "hidden";
      if (!chosen) continue;
      placed.push(chosen.box);
      const ax = ANCHOR[chosen.anchor][0];
      // text-justify: "auto" (beside the anchor) for places, centred for the rest.
      const auto = l.el.classList.contains("place");
      l.el.style.textAlign = !auto || ax === 0.5 ? "center" : ax === 0 ? "left" : "right";
      l.el.style.transform = `rotate(${l.rotate}deg) translate(${chosen.x0}px, ${chosen.y0}px)`;
    }
  }
}

/**
 * MapLibre places a layer's labels tile by tile (its tiles at the whole zoom below the view's),
 * the bottom row first and right to left, and in data order within a tile.
 */
function inTileOrder(stage: Label[]): Label[] {
  const n = 2 ** Math.floor(mlZoom());
  const tile = (l: Label) => {
    const { lat, lng } = l.marker.getLatLng();
    const phi = (lat * Math.PI) / 180;
    const y = ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n;
    return [Math.floor(y), Math.floor(((lng + 180) / 360) * n)];
  };
  const keys = new Map(stage.map((l) => [l, tile(l)]));
  const key = (l: Label) => keys.get(l) ?? [0, 0];
  return [...stage].sort((a, b) => key(b)[0] - key(a)[0] || key(b)[1] - key(a)[1]);
}

/**
 * MapLibre's keep-out marks: 10 px squares along the shown route lines. Line-placed icons wider
 * than their spacing (8 px) are spaced at width + spacing / 4 (12 px), from 5 px in, in pixels of
 * the tiles' whole zoom (so a little further apart on screen between whole zooms).
 */
function keepoutBoxes(): Box[] {
  const boxes: Box[] = [];
  const k = 2 ** (mlZoom() - Math.floor(mlZoom()));
  const [first, every] = [5 * k, 12 * k];
  for (const r of routes) {
    if (!map.hasLayer(r.group)) continue;
    for (const p of r.paths) {
      const pts = (p.line.getLatLngs() as L.LatLng[]).map((ll) => map.latLngToContainerPoint(ll));
      const total = pts.reduce((sum, pt, i) => (i ? sum + pt.distanceTo(pts[i - 1]) : 0), 0);
      let d = first;
      let start = 0;
      for (let i = 1; i < pts.length && d + first <= total; i++) {
        const [a, b] = [pts[i - 1], pts[i]];
        const len = a.distanceTo(b);
        for (; d <= start + len && d + first <= total; d += every) {
          const t = (d - start) / len;
          const [x, y] = [a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t];
          boxes.push([x - 5, y - 5, x + 5, y + 5]);
        }
        start += len;
      }
    }
  }
  return boxes;
}

const measure = document.createElement("canvas").getContext("2d");

/**
 * MapLibre's line breaking for point labels: as many lines as text-max-width needs, with the
 * breaks (after spaces, and at every newline) that make the lines closest to equal widths.
 */
function breakLines(l: Label): string {
  if (!measure) return l.text;
  measure.font = `${l.bold ? 700 : 400} 24px "Noto Sans"`;
  const chars = [...l.text];
  const advance = (c: string) => (c === "\n" ? 0 : measure.measureText(c).width / 24 + l.letterSpacing);
  const total = chars.reduce((sum, c) => sum + advance(c), 0);
  const target = total / Math.max(1, Math.ceil(total / l.maxWidth));
  type Break = { index: number; x: number; prior: Break | null; badness: number };
  const badness = (w: number, penalty: number, last: boolean) => {
    const ragged = (w - target) ** 2;
    if (last) return w < target ? ragged / 2 : ragged * 2;
    return ragged + Math.abs(penalty) * penalty;
  };
  const evaluate = (index: number, x: number, penalty: number, last: boolean, before: Break[]): Break => {
    let best: Break = { index, x, prior: null, badness: badness(x, penalty, last) };
    for (const p of before) {
      const b = badness(x - p.x, penalty, last) + p.badness;
      if (b <= best.badness) best = { index, x, prior: p, badness: b };
    }
    return best;
  };
  const breaks: Break[] = [];
  let x = 0;
  chars.forEach((c, i) => {
    if (!/\s/.test(c)) x += advance(c);
    if (i < chars.length - 1 && (c === " " || c === "\n"))
      breaks.push(evaluate(i + 1, x, c === "\n" ? -10000 : 0, false, breaks));
  });
  const at: number[] = [];
  for (let b = evaluate(chars.length, x, 0, true, breaks).prior; b; b = b.prior) at.unshift(b.index);
  return [0, ...at]
    .map((from, k) =>
      chars
        .slice(from, at[k] ?? chars.length)
        .join("")
        .trim(),
    )
    .join("\n");
}

function routeNameOf(id: string): Label | undefined {
  return allLabels.find((l) => l.route === id);
}

function redraw(): void {
  styleRoutes();
  borders?.setStyle(borderStyle());
  drawArrows();
  layoutLabels();
}

styleRoutes();
drawArrows();
for (const r of routes) {
  r.group.addTo(map);
  routeNameOf(r.id)?.marker.addTo(labelLayer);
}

const nextFrame = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok)));

Promise.all([basemapDrawn, fonts]).then(async () => {
  for (const l of allLabels) l.el.textContent = breakLines(l);
  labelLayer.addTo(map);
  layoutLabels();
  map.on("zoomend", redraw);
  await nextFrame();
  const startTime = performance.now();
  performance.mark("caspian:routes-visible", { startTime });
  performance.mark("caspian:first-idle", { startTime });
});

window.__caspianLeaflet = {
  /** Hides the first route (its lines, arrows and name), or shows it again. */
  async toggle() {
    const t0 = performance.now();
    const first = routes[0];
    const name = routeNameOf(first.id)?.marker;
    if (map.hasLayer(first.group)) {
      first.group.remove();
      if (name) labelLayer.removeLayer(name);
    } else {
      first.group.addTo(map);
      if (name) labelLayer.addLayer(name);
    }
    await nextFrame();
    return performance.now() - t0;
  },
};
