import "maplibre-gl/dist/maplibre-gl.css";
import {
  AttributionControl,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  NavigationControl,
  type PaddingOptions,
  setWorkerUrl,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { lazy, type Ref, Suspense, useEffect, useImperativeHandle, useRef, useState } from "react";
import type { BuiltData, Content } from "../content/schema";
import type { Camera } from "../state/url-state";
import type { UserRoute } from "../store/user-route";
import { flowArrowImageId, resolveFlowArrows } from "./flow-arrows";
import { LINE_STYLES } from "./line-styles";
import {
  allRouteLayerIds,
  LINES_SOURCE,
  mapSafeLabel,
  routeLayerIds,
  routeLineLayerId,
  USER_SOURCE,
  userLinesGeoJson,
  userRouteLayers,
} from "./route-layers";
import { assetUrl, buildStyle, type Lens, linesGeoJson } from "./style";
import { hasWebGL2, prefersReducedMotion } from "./webgl";

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
   * A picture of the map framed on `bbox` with only `routes` drawn as on the lens's date (for
   * the handout), as a data URL; the view is put back afterwards. Null without a map.
   */
  snapshot(bbox: readonly number[], routes: readonly string[], lens: Lens): Promise<string | null>;
  /** The map's canvas once it has drawn the current view (for the PNG export); null without a map. */
  picture(): Promise<HTMLCanvasElement | null>;
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

// The still map (and d3-geo) load only on machines that need them.
const StaticMap = lazy(() => import("./static-map"));

const basemapUrl = () => assetUrl(import.meta.env.BASE_URL, "generated/basemap.geojson", window.location.origin);

/**
 * Text and line scale for the map: 1 on a 1280 px wide screen, about 1.3 on a 1920 px
 * projector, so labels and lines stay readable from the back row.
 */
function mapScale(): number {
  return Math.min(1.4, Math.max(1, window.innerWidth / 1280) ** 0.65);
}

/**
 * Padding in px when framing a region: a margin, plus room for whatever overlays the map's
 * right side (elements marked data-map-overlay, such as the legend).
 */
function framePadding(el: HTMLElement): PaddingOptions {
  const { clientWidth: w, clientHeight: h } = el;
  const pad = Math.max(16, Math.min(48, Math.min(w, h) * 0.06));
  const box = el.getBoundingClientRect();
  let right = 0;
  for (const overlay of el.parentElement?.parentElement?.querySelectorAll("[data-map-overlay]") ?? []) {
    const r = overlay.getBoundingClientRect();
    if (r.width > 0 && r.left > box.left + w / 2) right = Math.max(right, box.right - r.left);
  }
  return { top: pad, bottom: pad, left: pad, right: pad + right };
}

function bboxToBounds([w, s, e, n]: readonly number[]): LngLatBoundsLike {
  return [
    [w, s],
    [e, n],
  ];
}

/** Every route id on the map: built-in, then imported. */
function idsOf(content: Content, userRoutes: readonly UserRoute[]): string[] {
  return [...content.routes.map((r) => r.id), ...userRoutes.map((r) => r.id)];
}

function applyVisibility(map: MapLibreMap, routeIds: readonly string[], visible: Record<string, boolean>): void {
  for (const route of routeIds) {
    const value = visible[route] ? "visible" : "none";
    for (const id of allRouteLayerIds(route)) {
      if (map.getLayer(id) && map.getLayoutProperty(id, "visibility") !== value)
        map.setLayoutProperty(id, "visibility", value);
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
 * Brings the imported routes' layers in line with the list: new routes get layers, removed
 * ones lose them, edited ones are restyled in place. Their lines are one source's data.
 */
function applyUserRoutes(
  map: MapLibreMap,
  routes: readonly UserRoute[],
  visible: Record<string, boolean>,
  scale: number,
  shown: Map<string, UserRoute>,
): void {
  setSourceData(map, USER_SOURCE, userLinesGeoJson(routes));
  for (const [id] of shown) {
    if (routes.some((r) => r.id === id)) continue;
    for (const layer of allRouteLayerIds(id)) if (map.getLayer(layer)) map.removeLayer(layer);
    shown.delete(id);
  }
  for (const route of routes) {
    const before = shown.get(route.id);
    const ids = routeLayerIds(route.id);
    if (!map.getLayer(ids.line)) {
      for (const layer of userRouteLayers(route, visible[route.id] ?? true, scale))
        map.addLayer(layer, FIRST_LABEL_LAYER);
    } else if (before && before !== route) {
      map.setPaintProperty(ids.line, "line-color", route.colour);
      map.setPaintProperty(ids.line, "line-dasharray", [...LINE_STYLES[route.dash].dash]);
      map.setPaintProperty(ids.label, "text-color", route.colour);
      map.setLayoutProperty(ids.arrows, "icon-image", flowArrowImageId(route.colour));
      map.setLayoutProperty(ids.label, "text-field", mapSafeLabel(route.name));
    }
    shown.set(route.id, route);
  }
}

function applyLens(map: MapLibreMap, data: BuiltData, lens: Lens): void {
  setSourceData(map, LINES_SOURCE, linesGeoJson(data, lens));
}

function applyEmphasis(
  map: MapLibreMap,
  data: BuiltData,
  userRoutes: readonly UserRoute[],
  selected: string | null,
  hovered: string | null,
): void {
  const lines = [
    ...data.lines.features.map((f) => ({ source: LINES_SOURCE, id: f.properties.id, route: f.properties.route })),
    ...userRoutes.flatMap((r) => r.lines.map((l) => ({ source: USER_SOURCE, id: l.id, route: r.id }))),
  ];
  for (const line of lines) {
    const route = line.route;
    const lit = route === hovered || route === selected;
    const dim = selected !== null && !lit;
    const target = { source: line.source, id: line.id };
    const now = map.getFeatureState(target);
    // Setting a state costs a redraw; on first load nothing is lit or dimmed, so nothing is set.
    if (Boolean(now.highlight) !== lit || Boolean(now.dim) !== dim)
      map.setFeatureState(target, { highlight: lit, dim });
  }
}

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
  initialCamera,
  onCameraChange,
  onSelect,
  onHover,
  ref,
}: Props) {
  const container = useRef<HTMLElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Without WebGL the still map frames this box instead of moving a camera.
  const [staticBox, setStaticBox] = useState<readonly number[]>(content.view.bounds);
  // Latest props for the map's event handlers and the snapshot, which outlive a render.
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

  useEffect(() => {
    if (!container.current) return;
    if (!hasWebGL2()) {
      setFailure(
        "The interactive map needs WebGL, which this browser has switched off or does not support. Here is a still map of the same routes; the route list, the details and the routes table all work.",
      );
      return;
    }
    if (!workerConfigured) {
      setWorkerUrl(workerUrl);
      workerConfigured = true;
    }
    let map: MapLibreMap;
    scaleRef.current = mapScale();
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
          basemapUrl: basemapUrl(),
          glyphsUrl: assetUrl(
            import.meta.env.BASE_URL,
            "generated/glyphs/{fontstack}/{range}.pbf",
            window.location.origin,
          ),
        }),
        ...(startCamera.current
          ? { center: [startCamera.current.lon, startCamera.current.lat], zoom: startCamera.current.zoom }
          : {
              bounds: bboxToBounds(content.view.bounds),
              fitBoundsOptions: { padding: framePadding(container.current) },
            }),
        minZoom: 2.5,
        maxZoom: 9,
        maxBounds: bboxToBounds(content.view.maxBounds),
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        renderWorldCopies: false,
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch (e) {
      setFailure(
        `The interactive map could not start (${(e as Error).message}). Here is a still map of the same routes; the route list, the details and the routes table all work.`,
      );
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    map.addControl(
      new AttributionControl({ compact: false, customAttribution: "Basemap: Natural Earth (public domain)" }),
      "bottom-left",
    );
    mapRef.current = map;
    window.__caspianMap = map;

    userShown.current = new Map(latest.current.userRoutes.map((r) => [r.id, r]));
    const lineLayers = () =>
      idsOf(content, latest.current.userRoutes)
        .filter((id) => latest.current.visible[id])
        .map(routeLineLayerId);
    const routeAt = (x: number, y: number): string | null => {
      if (!latest.current.interactive) return null;
      const t = HIT_TOLERANCE_PX;
      const features = map.queryRenderedFeatures(
        [
          [x - t, y - t],
          [x + t, y + t],
        ],
        { layers: lineLayers() },
      );
      const route = features[0]?.properties?.route;
      return typeof route === "string" ? route : null;
    };
    // Flow arrows: one image per route colour, drawn the first time a layer asks.
    resolveFlowArrows(map);
    map.on("load", () => setReady(true));
    map.once("idle", () => {
      performance.mark("caspian:first-idle");
      window.dispatchEvent(new Event(MAP_IDLE_EVENT));
    });
    map.on("mousemove", (e) => {
      const route = routeAt(e.point.x, e.point.y);
      map.getCanvas().style.cursor = route ? "pointer" : "";
      latest.current.onHover(route);
    });
    map.on("mouseout", () => latest.current.onHover(null));
    map.on("moveend", (e: { originalEvent?: unknown }) => {
      // A person moved the map (drag, wheel, keys, buttons: these carry the input event), or a
      // framing we asked for has ended.
      if (!e.originalEvent && !framing.current) return;
      framing.current = false;
      const c = map.getCenter();
      latest.current.onCameraChange({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.on("click", (e) => {
      const route = routeAt(e.point.x, e.point.y);
      if (route) latest.current.onSelect(route);
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

  // Toggling changes layout visibility only; layers are never re-added.
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
    if (map && ready) applyEmphasis(map, data, userRoutes, selected, hovered);
  }, [hovered, selected, ready, data, userRoutes]);

  // A new date or width mode replaces the lines' data; the layers stay as they are.
  const { day, byCapacity } = lens;
  const lensShown = useRef(lens);
  useEffect(() => {
    const map = mapRef.current;
    const shown = lensShown.current;
    if (!map || !ready || (shown.day === day && shown.byCapacity === byCapacity)) return;
    lensShown.current = { day, byCapacity };
    applyLens(map, data, { day, byCapacity });
  }, [day, byCapacity, ready, data]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (interactive) map.keyboard.enable();
    else map.keyboard.disable();
  }, [interactive]);

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
        map.fitBounds(bboxToBounds(bbox), {
          padding: framePadding(map.getContainer()),
          duration: prefersReducedMotion() ? 0 : FLIGHT_MS,
          maxZoom: 7,
        });
      },
      goTo: (camera) => {
        mapRef.current?.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      },
      picture: async () => {
        const map = mapRef.current;
        if (!map || !ready || failure) return null;
        await new Promise<void>((resolve) => {
          map.once("idle", () => resolve());
          map.triggerRepaint();
        });
        return map.getCanvas();
      },
      snapshot: async (bbox, routes, snapLens) => {
        const map = mapRef.current;
        if (!map || !ready) return null;
        const camera = { center: map.getCenter(), zoom: map.getZoom() };
        applyVisibility(
          map,
          idsOf(content, latest.current.userRoutes),
          Object.fromEntries(routes.map((id) => [id, true])),
        );
        applyLens(map, data, snapLens);
        applyEmphasis(map, data, latest.current.userRoutes, null, null);
        map.fitBounds(bboxToBounds(bbox), { padding: 24, duration: 0, maxZoom: 7 });
        await new Promise<void>((resolve) => {
          map.once("idle", () => resolve());
          map.triggerRepaint();
        });
        // JPEG at 0.85: a fifth of the PNG's size, and the print is no sharper than that.
        const url = map.getCanvas().toDataURL("image/jpeg", 0.85);
        const now = latest.current;
        applyVisibility(map, idsOf(content, now.userRoutes), now.visible);
        applyLens(map, data, now.lens);
        applyEmphasis(map, data, now.userRoutes, now.selected, now.hovered);
        map.jumpTo(camera);
        return url;
      },
    }),
    [data, content, ready, failure],
  );

  return (
    <div className="map-wrap">
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
