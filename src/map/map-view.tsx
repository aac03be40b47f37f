import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import {
  AttributionControl,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  NavigationControl,
  type PaddingOptions,
  Popup,
  ScaleControl,
  setWorkerUrl,
} from "maplibre-gl";
import { lazy, type Ref, Suspense, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from "react";
import type { BuiltData, Content, LineStatus } from "../content/schema";
import { statusAt, stepDay } from "../content/timeline";
import { pictureScale } from "../export/picture";
import { basemapHref, glyphsHref, mapBasemapHref, mapWorkerUrl } from "../platform/assets";
import type { Camera } from "../state/url-state";
import type { UserRoute } from "../store/user-route";
import { crowdedBelowZoom, LAYER_MAX_ZOOM } from "./crowding";
import { MAP_MAX_ZOOM, mercatorX, mercatorY } from "./display-simplify";
import type { DrawOptions, DrawSession } from "./draw";
import { resolveFlowArrows } from "./flow-arrows";
import { framePadding, mapScale } from "./frame";
import { HomeControl } from "./home-control";
import { MAP_OVERLAY, padForOverlays } from "./overlay-padding";
import { adoptPoster, dropPoster, followMap, posterShown } from "./poster-handoff";
import {
  allRouteLayerIds,
  lineShown,
  lineSourceIds,
  mapSafeLabel,
  routeLayerIds,
  routeLineLayerId,
  routeSourceIds,
  symbolShown,
  userDash,
  userLinesGeoJson,
  userRouteLayers,
} from "./route-layers";
import { buildStyle, type Lens, linesGeoJson } from "./style";
import { hasWebGL2, prefersReducedMotion } from "./webgl";

// MapLibre's stylesheet (its controls, popups and canvas; about 70 KB, in a cascade layer: see
// maplibre.css) is a file of its own, requested as the app starts instead of being inlined in the
// page: the first paint (the poster) does not use it, and it made that paint's style work longer.
// The map is created a moment later and drawn (behind the poster) about a second after.
void import("./maplibre.css");

/** Every camera move goes through this handle. */
export type CameraHandle = {
  /** Flies to [west, south, east, north] (jumps for people who ask for reduced motion). */
  frame(bbox: readonly number[]): void;
  /**
   * Puts the camera back where it was (the explorer's view after a presentation): a jump, since
   * the map is being resized at that moment and a resize would cut a flight short.
   */
  goTo(camera: Camera): void;
  /**
   * The current view drawn at a picture's size (1920×1080 or twice the window, whichever is
   * larger; see pictureScale), with that scale; null without a map.
   */
  picture(): Promise<{ canvas: HTMLCanvasElement; scale: number } | null>;
  /**
   * What the map shows now, [west, south, east, north] in degrees (kept within the world), to
   * frame again later (a teacher's slide); the last framed box when the map could not start.
   */
  view(): [number, number, number, number] | null;
  /**
   * Starts drawing (or editing) a line on the map; null without a live map. While drawing, a
   * click places a point instead of opening a route.
   */
  draw(options: DrawOptions): Promise<DrawSession | null>;
};

type Props = {
  data: BuiltData;
  content: Content;
  visible: Record<string, boolean>;
  /** The date the lines are drawn as of, and whether width shows capacity. */
  lens: Lens;
  /** Routes the teacher imported. */
  userRoutes: readonly UserRoute[];
  /** Route drawn highlighted with the others dimmed (the open detail, or a slide's route). */
  selected: string | null;
  hovered: string | null;
  /** False while presenting: no clicking lines, and keys belong to the slides, not the map. */
  interactive: boolean;
  /** Line ids to pick out, the rest dimmed (an epilogue slide's changes). */
  emphasis?: readonly string[];
  /** Where to open instead of the default frame (from a shared link). */
  initialCamera: Camera | null;
  /** Called when a camera move ends (for the shareable URL). */
  onCameraChange(camera: Camera): void;
  onSelect(routeId: string): void;
  onHover(routeId: string | null): void;
  ref?: Ref<CameraHandle>;
};

/** Pixels around the pointer that count as touching a line: dashed lines are hard to hit. */
const HIT_TOLERANCE_PX = 6;
/** Camera flight length in ms; 0 for people who ask for reduced motion. */
const FLIGHT_MS = 900;

declare global {
  interface Window {
    /** Handle for browser tests and for curious developers in the console. */
    __caspianMap?: MapLibreMap;
  }
}

let workerConfigured = false;

/** Fired on window when the map has first drawn completely (the offline cache waits for it). */
export const MAP_IDLE_EVENT = "caspian:map-idle";

/** The share of the screen's resolution the map draws at while the poster covers it. */
const DRAFT_RESOLUTION = 0.25;

// The still map (and d3-geo) load only on machines that need them.
const StaticMap = lazy(() => import("./static-map"));

const basemapUrl = basemapHref;

/** Layout and paint properties that carry the scale (sizes, widths, spacing). */
const SCALED_LAYOUT = ["text-size", "icon-size", "symbol-spacing"] as const;
const SCALED_PAINT = ["line-width", "circle-radius"] as const;

/** Puts a new scale's sizes on the layers already on the map (none are re-added). */
function applyScale(map: MapLibreMap, layers: readonly LayerSpecification[]): void {
  for (const layer of layers) {
    if (!map.getLayer(layer.id)) continue;
    const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    // Values straight from the style builder, which the spec types already checked.
    for (const key of SCALED_LAYOUT) if (key in layout) map.setLayoutProperty(layer.id, key, layout[key] as never);
    for (const key of SCALED_PAINT) if (key in paint) map.setPaintProperty(layer.id, key, paint[key] as never);
  }
}

/** framePadding for the map's own box. */
function padFor(el: HTMLElement, scale: number): PaddingOptions {
  return framePadding(el.clientWidth, el.clientHeight, scale);
}

/** The padding for framing `bbox` ([w, s, e, n], degrees): room for the names, and around what sits over the map. */
function padToFrame(el: HTMLElement, scale: number, bbox: readonly number[]): PaddingOptions {
  const box = el.getBoundingClientRect();
  const stage = el.closest(".map-stage") ?? el.parentElement;
  const overlays = [...(stage?.querySelectorAll(`[${MAP_OVERLAY}]`) ?? [])]
    .filter((o) => o.getClientRects().length > 0)
    .map((o) => {
      const r = o.getBoundingClientRect();
      return { left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top };
    });
  const [w, s, e, n] = bbox;
  return padForOverlays(
    el.clientWidth,
    el.clientHeight,
    framePadding(el.clientWidth, el.clientHeight, scale),
    overlays,
    [mercatorX(w, 1), mercatorY(n, 1), mercatorX(e, 1), mercatorY(s, 1)],
  );
}

function bboxToBounds([w, s, e, n]: readonly number[]): LngLatBoundsLike {
  return [
    [w, s],
    [e, n],
  ];
}

/** A line's tooltip: its name, and its status on the date shown ("Baku–Supsa pipeline: Under construction"). */
export function lineTip(content: Pick<Content, "statusLabels">, line: { name?: string; status?: LineStatus }): string {
  const name = line.name ?? "";
  return line.status ? `${name}: ${content.statusLabels[line.status]}` : name;
}

/**
 * A route's tooltip when its entry in the list is hovered or focused: its name, and how many of
 * its lines stand in each status on the date shown ("Iran route: 1 agreed, not yet built, 2
 * proposed").
 */
export function routeTip(
  content: Pick<Content, "statusLabels" | "routes">,
  data: Pick<BuiltData, "lines">,
  routeId: string,
  day: number,
): string | null {
  const route = content.routes.find((r) => r.id === routeId);
  if (!route) return null;
  const counts = new Map<LineStatus, number>();
  for (const f of data.lines.features) {
    if (f.properties.route !== routeId) continue;
    const status = statusAt(f.properties.history, day);
    if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const parts = [...counts].map(([status, n]) => `${n} ${content.statusLabels[status].toLowerCase()}`);
  return parts.length > 0 ? `${route.name}: ${parts.join(", ")}` : route.name;
}

/** Every route id on the map: built-in, then imported. */
function idsOf(content: Content, userRoutes: readonly UserRoute[]): string[] {
  return [...content.routes.map((r) => r.id), ...userRoutes.map((r) => r.id)];
}

/** Shows and hides routes as route-layers.ts says: line layers by layer opacity, the rest by visibility. */
function applyVisibility(map: MapLibreMap, routeIds: readonly string[], visible: Record<string, boolean>): void {
  for (const route of routeIds) {
    const shown = visible[route] ?? false;
    const opacity = lineShown(shown)["line-layer-opacity"];
    const { visibility } = symbolShown(shown);
    for (const id of allRouteLayerIds(route)) {
      const layer = map.getLayer(id);
      if (!layer) continue;
      // An unset layer opacity is MapLibre's default, 1.
      if (layer.type === "line") {
        if ((map.getPaintProperty(id, "line-layer-opacity") ?? 1) !== opacity)
          map.setPaintProperty(id, "line-layer-opacity", opacity);
      } else if (map.getLayoutProperty(id, "visibility") !== visibility)
        map.setLayoutProperty(id, "visibility", visibility);
    }
  }
}

/** Replaces a GeoJSON source's data (its layers stay as they are). */
function setSourceData(map: MapLibreMap, id: string, data: GeoJSON.GeoJSON): void {
  const source = map.getSource(id);
  if (source && "setData" in source && typeof source.setData === "function") source.setData(data);
}

/** Layers go under the country, sea and place names, so labels stay readable over lines. */
const FIRST_LABEL_LAYER = "country-labels";

/**
 * Brings the imported routes' layers in line with the list: new routes get a source and layers,
 * removed ones lose them, edited ones are restyled in place, and only a route whose lines
 * changed gets new data.
 */
function applyUserRoutes(
  map: MapLibreMap,
  routes: readonly UserRoute[],
  visible: Record<string, boolean>,
  scale: number,
  shown: Map<string, UserRoute>,
): void {
  for (const [id] of shown) {
    if (routes.some((r) => r.id === id)) continue;
    for (const layer of allRouteLayerIds(id)) if (map.getLayer(layer)) map.removeLayer(layer);
    for (const source of lineSourceIds(id)) if (map.getSource(source)) map.removeSource(source);
    shown.delete(id);
  }
  for (const route of routes) {
    const before = shown.get(route.id);
    const ids = routeLayerIds(route.id);
    // The first time through, the style's copy may predate the list (an edit made while the map
    // was starting): it is sent once more. After that, only changed lines or names are.
    const stale = !before || before.lines !== route.lines || before.name !== route.name;
    const lines = stale ? userLinesGeoJson(route) : null;
    for (const source of lineSourceIds(route.id)) {
      if (!map.getSource(source))
        map.addSource(source, { type: "geojson", data: lines ?? userLinesGeoJson(route), promoteId: "id" });
      else if (lines) setSourceData(map, source, lines);
    }
    if (!map.getLayer(ids.line)) {
      for (const layer of userRouteLayers(route, visible[route.id] ?? true, scale))
        map.addLayer(layer, FIRST_LABEL_LAYER);
    } else if (before && before !== route) {
      // New lines may crowd (or part) where the old ones did not: the zooms, the width and the
      // thinning filter follow.
      if (before.lines !== route.lines && crowdedBelowZoom(before.lines) !== crowdedBelowZoom(route.lines))
        for (const layer of userRouteLayers(route, visible[route.id] ?? true, scale)) {
          map.setLayerZoomRange(layer.id, layer.minzoom ?? 0, layer.maxzoom ?? LAYER_MAX_ZOOM);
          if (layer.type === "line" || layer.type === "symbol") map.setFilter(layer.id, layer.filter ?? null);
          if (layer.id === ids.line && layer.type === "line")
            map.setPaintProperty(ids.line, "line-width", layer.paint?.["line-width"]);
        }
      map.setPaintProperty(ids.line, "line-color", route.colour);
      map.setPaintProperty(ids.line, "line-dasharray", userDash(route.dash) ?? undefined);
      map.setPaintProperty(ids.label, "text-color", route.colour);
      map.setPaintProperty(ids.arrows, "icon-color", route.colour);
      map.setLayoutProperty(ids.label, "text-field", mapSafeLabel(route.name));
    }
    shown.set(route.id, route);
  }
}

function applyLens(map: MapLibreMap, data: BuiltData, content: Content, lens: Lens): void {
  for (const route of content.routes) {
    const lines = linesGeoJson(data, lens, route.id);
    for (const source of lineSourceIds(route.id)) setSourceData(map, source, lines);
  }
}

function applyEmphasis(
  map: MapLibreMap,
  data: BuiltData,
  userRoutes: readonly UserRoute[],
  selected: string | null,
  hovered: string | null,
  /**
   * Lines to pick out (what changed on an epilogue slide): they are lit, and the others stay as
   * they are. Dimmed, the others would read as halted, which the key draws faded: an operating
   * line is not shown as stopped because it did not change.
   */
  emphasis: readonly string[] = [],
): void {
  const lines = [
    ...data.lines.features.map((f) => ({ id: f.properties.id, route: f.properties.route })),
    ...userRoutes.flatMap((r) => r.lines.map((l) => ({ id: l.id, route: r.id }))),
  ];
  for (const line of lines) {
    const route = line.route;
    const picked = emphasis.length > 0;
    const lit = picked ? emphasis.includes(line.id) : route === hovered || route === selected;
    const dim = !picked && selected !== null && !lit;
    const now = map.getFeatureState({ source: routeSourceIds(route).lines, id: line.id });
    // Setting a state costs a redraw; on first load nothing is lit or dimmed, so nothing is set.
    // The arrows and status along a line take its state from the marks' copy.
    if (Boolean(now.highlight) !== lit || Boolean(now.dim) !== dim)
      for (const source of lineSourceIds(route)) map.setFeatureState({ source, id: line.id }, { highlight: lit, dim });
  }
}

const NONE: readonly string[] = [];

/** The one module that owns the MapLibre map instance. */
export function MapView({
  data,
  content,
  visible,
  lens,
  userRoutes,
  selected,
  hovered,
  interactive,
  emphasis = NONE,
  initialCamera,
  onCameraChange,
  onSelect,
  onHover,
  ref,
}: Props) {
  const container = useRef<HTMLElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  // A drawing under way: clicks and hovers are the drawing's, not the routes'.
  const drawing = useRef(false);
  const [ready, setReady] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Without WebGL the still map frames this box instead of moving a camera.
  const [staticBox, setStaticBox] = useState<readonly number[]>(content.view.bounds);
  // Latest props for the map's event handlers, which outlive a render.
  const props = { visible, lens, userRoutes, selected, hovered, interactive, onSelect, onHover, onCameraChange };
  const latest = useRef(props);
  latest.current = props;
  // The imported routes whose layers are on the map, as last drawn; and the map's scale.
  const userShown = useRef(new Map<string, UserRoute>());
  const scaleRef = useRef(1);
  const startCamera = useRef(initialCamera);
  /**
   * Set while a move we asked for (framing a route or a region) is under way: its end is a view
   * worth keeping in the link. Moves nobody asked for (the opening frame, a resize) are not, so an
   * untouched page keeps the link it was opened with.
   */
  const framing = useRef(false);
  /** The tooltip for a route hovered or focused in the list, and whether the pointer is on the map. */
  const routeTipRef = useRef<Popup | null>(null);
  /** The box last framed: a slide's map that changes size (its caption column widens) frames it again. */
  const lastFrame = useRef<readonly number[] | null>(null);
  const pointerOnMap = useRef(false);

  // The poster index.html painted shows this very view: keep it until the map has drawn. Any other
  // opening view (a link's camera, a selection, another date, hidden routes) drops it at once.
  useLayoutEffect(() => {
    const opening =
      !startCamera.current &&
      latest.current.interactive &&
      latest.current.selected === null &&
      latest.current.lens.day === stepDay(content.timeline[0]) &&
      !latest.current.lens.byCapacity &&
      content.routes.every((r) => latest.current.visible[r.id]);
    if (opening && wrap.current) adoptPoster(wrap.current);
    else dropPoster();
  }, [content]);
  // The still map, or its message, replaces the poster.
  useEffect(() => {
    if (failure) dropPoster();
  }, [failure]);

  useEffect(() => {
    if (!container.current) return;
    if (!hasWebGL2()) {
      setFailure(
        "The interactive map needs WebGL, which this browser has switched off or does not support. Here is a still map of the same routes; the route list, the details and the routes table all work.",
      );
      return;
    }
    if (!workerConfigured) {
      setWorkerUrl(mapWorkerUrl());
      workerConfigured = true;
    }
    let map: MapLibreMap;
    // Behind the poster nobody sees the map's first frames, one each time a batch of tiles
    // arrives. Without a GPU each frame is rasterised in software and copied back to the page
    // whole (90–250 ms apiece here), so these are drawn at a quarter of the resolution, 1/16 of
    // the pixels; the frame the poster hands over to is drawn at the screen's (first idle 1574 →
    // 1456 ms, blocking time 723 → 632 ms: medians of 8 loads at 1350×940, 1 December).
    const draft = posterShown();
    scaleRef.current = mapScale(window.innerWidth, window.innerHeight, !latest.current.interactive);
    try {
      map = new MapLibreMap({
        container: container.current,
        style: buildStyle({
          data,
          content,
          visible: latest.current.visible,
          lens: latest.current.lens,
          userRoutes: latest.current.userRoutes,
          scale: scaleRef.current,
          basemapUrl: mapBasemapHref(),
          glyphsUrl: glyphsHref(),
        }),
        ...(startCamera.current
          ? { center: [startCamera.current.lon, startCamera.current.lat], zoom: startCamera.current.zoom }
          : {
              bounds: bboxToBounds(content.view.bounds),
              fitBoundsOptions: { padding: padFor(container.current, scaleRef.current) },
            }),
        // Low enough that a small window or a phone still fits the whole region.
        minZoom: 1.5,
        // The imported lines are thinned for this zoom (display-simplify.ts).
        maxZoom: MAP_MAX_ZOOM,
        maxBounds: bboxToBounds(content.view.maxBounds),
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        renderWorldCopies: false,
        // Labels appear at once instead of fading in over 300 ms: a fade is a string of frames,
        // each about 0.2 s where the browser draws in software (bench), and a toggle should be one.
        fadeDuration: 0,
        canvasContextAttributes: { preserveDrawingBuffer: true },
        ...(draft ? { pixelRatio: devicePixelRatio * DRAFT_RESOLUTION } : {}),
      });
    } catch (e) {
      setFailure(
        `The interactive map could not start (${(e as Error).message}). Here is a still map of the same routes; the route list, the details and the routes table all work.`,
      );
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    // Back to the opening view: the map's "home", for anyone who has zoomed or panned away.
    map.addControl(
      new HomeControl(() => {
        framing.current = true;
        map.fitBounds(bboxToBounds(content.view.bounds), {
          padding: padFor(map.getContainer(), scaleRef.current),
          duration: prefersReducedMotion() ? 0 : FLIGHT_MS,
        });
      }),
      "top-right",
    );
    map.addControl(new ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-left");
    map.addControl(
      new AttributionControl({ compact: false, customAttribution: "Basemap: Natural Earth (public domain)" }),
      "bottom-left",
    );
    // Names the line under the pointer and its status on the date shown.
    const tip = new Popup({ closeButton: false, closeOnClick: false, className: "line-tip", offset: 14 });
    routeTipRef.current = new Popup({ closeButton: false, closeOnClick: false, className: "line-tip", offset: 14 });
    mapRef.current = map;
    window.__caspianMap = map;

    userShown.current = new Map(latest.current.userRoutes.map((r) => [r.id, r]));
    const lineLayers = () =>
      idsOf(content, latest.current.userRoutes)
        .filter((id) => latest.current.visible[id])
        .map(routeLineLayerId);
    const lineAt = (x: number, y: number) => {
      if (!latest.current.interactive) return null;
      const t = HIT_TOLERANCE_PX;
      const features = map.queryRenderedFeatures(
        [
          [x - t, y - t],
          [x + t, y + t],
        ],
        { layers: lineLayers() },
      );
      const p = features[0]?.properties;
      return typeof p?.route === "string" ? (p as { route: string; name?: string; status?: LineStatus }) : null;
    };
    const routeAt = (x: number, y: number): string | null => lineAt(x, y)?.route ?? null;
    // Flow arrows: one image per route colour, drawn the first time a layer asks.
    resolveFlowArrows(map);
    map.on("load", () => setReady(true));
    // Until the map has drawn, the poster stands on the map's own frame (poster-handoff.ts).
    const follow = () => followMap(map, content.view.bounds);
    follow();
    map.on("resize", follow);
    map.on("move", follow);
    const handOver = () => {
      map.off("resize", follow);
      map.off("move", follow);
      dropPoster();
      performance.mark("caspian:first-idle");
      window.dispatchEvent(new Event(MAP_IDLE_EVENT));
    };
    map.once("idle", () => {
      if (!draft) return handOver();
      // Back to the screen's resolution (MapLibre's documented null: follow devicePixelRatio
      // again), drawn once more, then handed over.
      map.once("idle", handOver);
      map.setPixelRatio(null as unknown as number);
    });
    map.on("mousemove", (e) => {
      pointerOnMap.current = true;
      if (drawing.current) {
        tip.remove();
        return;
      }
      const line = lineAt(e.point.x, e.point.y);
      map.getCanvas().style.cursor = line ? "pointer" : "";
      latest.current.onHover(line?.route ?? null);
      if (line) tip.setLngLat(e.lngLat).setText(lineTip(content, line)).addTo(map);
      else tip.remove();
    });
    map.on("mouseout", () => {
      pointerOnMap.current = false;
      latest.current.onHover(null);
      tip.remove();
    });
    map.on("moveend", (e: { originalEvent?: unknown }) => {
      // A person moved the map (drag, wheel, keys, buttons: these carry the input event), or a
      // framing we asked for has ended.
      if (!e.originalEvent && !framing.current) return;
      framing.current = false;
      const c = map.getCenter();
      latest.current.onCameraChange({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.on("click", (e) => {
      if (drawing.current) return;
      const route = routeAt(e.point.x, e.point.y);
      if (route) latest.current.onSelect(route);
    });
    map.on("resize", () => {
      // Presenting, the camera always shows the slide's box; exploring, a resize keeps the view.
      if (latest.current.interactive || !lastFrame.current) return;
      map.fitBounds(bboxToBounds(lastFrame.current), {
        padding: padToFrame(map.getContainer(), scaleRef.current, lastFrame.current),
        duration: 0,
        maxZoom: 7,
      });
    });
    map.on("error", (e) => console.error("Map error:", e.error?.message ?? e));
    // A lost WebGL context (a crashed or overloaded GPU) leaves a dead canvas: fall back too.
    map.on("webglcontextlost", () => {
      setFailure(
        "The interactive map stopped because the graphics system failed. Here is a still map of the same routes; reload the page to try the interactive map again.",
      );
    });
    return () => {
      map.remove();
      mapRef.current = null;
      if (window.__caspianMap === map) window.__caspianMap = undefined;
      setReady(false);
    };
  }, [data, content]);

  // Toggling changes only what route-layers.ts's lineShown and symbolShown give; layers are never
  // re-added.
  useEffect(() => {
    const map = mapRef.current;
    if (map && ready) applyVisibility(map, idsOf(content, userRoutes), visible);
  }, [visible, ready, content, userRoutes]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && ready) applyUserRoutes(map, userRoutes, latest.current.visible, scaleRef.current, userShown.current);
  }, [userRoutes, ready]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && ready) applyEmphasis(map, data, userRoutes, selected, hovered, emphasis);
  }, [hovered, selected, ready, data, userRoutes, emphasis]);

  // A route hovered or focused in the list is named on the map, beside its name label.
  useEffect(() => {
    const map = mapRef.current;
    const popup = routeTipRef.current;
    if (!map || !ready || !popup) return;
    const anchor = hovered ? data.routeLabels[hovered] : undefined;
    const text = hovered && interactive ? routeTip(content, data, hovered, lens.day) : null;
    if (anchor && text && !pointerOnMap.current) {
      popup
        .setLngLat(anchor.coordinates as [number, number])
        .setText(text)
        .addTo(map);
    } else popup.remove();
  }, [hovered, ready, data, content, lens.day, interactive]);

  // A new date or width mode replaces the lines' data; the layers stay as they are.
  const { day, byCapacity } = lens;
  const lensShown = useRef(lens);
  useEffect(() => {
    const map = mapRef.current;
    const shown = lensShown.current;
    if (!map || !ready || (shown.day === day && shown.byCapacity === byCapacity)) return;
    lensShown.current = { day, byCapacity };
    applyLens(map, data, content, { day, byCapacity });
  }, [day, byCapacity, ready, data, content]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (interactive) map.keyboard.enable();
    else map.keyboard.disable();
  }, [interactive]);

  // Presenting (or a window resized to a projector's size) rescales labels and lines in place.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const rescale = () => {
      const scale = mapScale(window.innerWidth, window.innerHeight, !interactive);
      if (scale === scaleRef.current) return;
      scaleRef.current = scale;
      const now = latest.current;
      const style = buildStyle({
        data,
        content,
        visible: now.visible,
        lens: now.lens,
        userRoutes: now.userRoutes,
        scale,
        basemapUrl: "",
        glyphsUrl: "",
      });
      applyScale(map, style.layers);
    };
    rescale();
    window.addEventListener("resize", rescale);
    return () => window.removeEventListener("resize", rescale);
  }, [interactive, ready, data, content]);

  useImperativeHandle(
    ref,
    () => ({
      frame: (bbox) => {
        const map = mapRef.current;
        if (!map || failure) {
          setStaticBox(bbox);
          return;
        }
        framing.current = true;
        lastFrame.current = bbox;
        map.fitBounds(bboxToBounds(bbox), {
          padding: padToFrame(map.getContainer(), scaleRef.current, bbox),
          duration: prefersReducedMotion() ? 0 : FLIGHT_MS,
          maxZoom: 7,
        });
      },
      view: () => {
        const map = mapRef.current;
        const round = (v: number) => Math.round(v * 1000) / 1000;
        if (!map || failure) {
          const b = staticBox;
          return [b[0], b[1], b[2], b[3]];
        }
        const b = map.getBounds();
        return [
          round(Math.max(-180, b.getWest())),
          round(Math.max(-90, b.getSouth())),
          round(Math.min(180, b.getEast())),
          round(Math.min(90, b.getNorth())),
        ];
      },
      draw: async (options) => {
        const map = mapRef.current;
        if (!map || !ready || failure) return null;
        const { startDrawing } = await import("./draw");
        drawing.current = true;
        map.getCanvas().style.cursor = "crosshair";
        const end = () => {
          drawing.current = false;
          map.getCanvas().style.cursor = "";
        };
        const session = startDrawing(map, {
          ...options,
          onFinish: (lines) => {
            end();
            options.onFinish(lines);
          },
        });
        return {
          ...session,
          stop: () => {
            end();
            session.stop();
          },
        };
      },
      goTo: (camera) => {
        mapRef.current?.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      },
      picture: async () => {
        const map = mapRef.current;
        if (!map || !ready || failure) return null;
        const box = map.getContainer();
        const scale = pictureScale(box.clientWidth, box.clientHeight);
        const before = map.getPixelRatio();
        const drawn = () =>
          new Promise<void>((resolve) => {
            map.once("idle", () => resolve());
            map.triggerRepaint();
          });
        // Drawn afresh at the picture's size, copied, then the screen's own size put back.
        map.setPixelRatio(scale);
        await drawn();
        const copy = document.createElement("canvas");
        const canvas = map.getCanvas();
        copy.width = canvas.width;
        copy.height = canvas.height;
        copy.getContext("2d")?.drawImage(canvas, 0, 0);
        map.setPixelRatio(before);
        return { canvas: copy, scale };
      },
    }),
    [ready, failure, staticBox],
  );

  return (
    <div className="map-wrap" ref={wrap}>
      <section
        ref={container}
        className="map"
        aria-label="Map of the Caspian region with Kazakhstan's oil export routes, November 1997"
        data-ready={ready ? "true" : "false"}
      />
      {failure && (
        <div className="static-wrap">
          <p className="static-note" role="status">
            {failure}
          </p>
          <Suspense fallback={null}>
            <StaticMap
              data={data}
              content={content}
              basemapUrl={basemapUrl()}
              visible={visible}
              lens={lens}
              userRoutes={userRoutes}
              selected={selected}
              hovered={hovered}
              bbox={staticBox}
              onSelect={onSelect}
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}
