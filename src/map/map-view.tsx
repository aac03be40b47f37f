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
import { allRouteLayerIds, LINES_SOURCE, routeLineLayerId } from "./route-layers";
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
};

type Props = {
  data: BuiltData;
  content: Content;
  visible: Record<string, boolean>;
  /** The date the lines are drawn as of, and whether width shows capacity. */
  lens: Lens;
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

function applyVisibility(map: MapLibreMap, content: Content, visible: Record<string, boolean>): void {
  for (const route of content.routes) {
    const value = visible[route.id] ? "visible" : "none";
    for (const id of allRouteLayerIds(route.id)) {
      if (map.getLayoutProperty(id, "visibility") !== value) map.setLayoutProperty(id, "visibility", value);
    }
  }
}

function applyLens(map: MapLibreMap, data: BuiltData, lens: Lens): void {
  const source = map.getSource(LINES_SOURCE);
  if (source && "setData" in source && typeof source.setData === "function") source.setData(linesGeoJson(data, lens));
}

function applyEmphasis(map: MapLibreMap, data: BuiltData, selected: string | null, hovered: string | null): void {
  for (const line of data.lines.features) {
    const route = line.properties.route;
    const lit = route === hovered || route === selected;
    const dim = selected !== null && !lit;
    const target = { source: LINES_SOURCE, id: line.properties.id };
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
  const latest = useRef({ visible, lens, selected, hovered, interactive, onSelect, onHover, onCameraChange });
  latest.current = { visible, lens, selected, hovered, interactive, onSelect, onHover, onCameraChange };
  const startCamera = useRef(initialCamera);

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
    try {
      map = new MapLibreMap({
        container: container.current,
        style: buildStyle({
          data,
          content,
          visible: latest.current.visible,
          lens: latest.current.lens,
          scale: mapScale(),
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

    const lineLayers = () =>
      content.routes.filter((r) => latest.current.visible[r.id]).map((r) => routeLineLayerId(r.id));
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
    map.on("moveend", () => {
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
    if (map && ready) applyVisibility(map, content, visible);
  }, [visible, ready, content]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && ready) applyEmphasis(map, data, selected, hovered);
  }, [hovered, selected, ready, data]);

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
        map.fitBounds(bboxToBounds(bbox), {
          padding: framePadding(map.getContainer()),
          duration: prefersReducedMotion() ? 0 : FLIGHT_MS,
          maxZoom: 7,
        });
      },
      goTo: (camera) => {
        mapRef.current?.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      },
      snapshot: async (bbox, routes, snapLens) => {
        const map = mapRef.current;
        if (!map || !ready) return null;
        const camera = { center: map.getCenter(), zoom: map.getZoom() };
        applyVisibility(map, content, Object.fromEntries(routes.map((id) => [id, true])));
        applyLens(map, data, snapLens);
        applyEmphasis(map, data, null, null);
        map.fitBounds(bboxToBounds(bbox), { padding: 24, duration: 0, maxZoom: 7 });
        await new Promise<void>((resolve) => {
          map.once("idle", () => resolve());
          map.triggerRepaint();
        });
        // JPEG at 0.85: a fifth of the PNG's size, and the print is no sharper than that.
        const url = map.getCanvas().toDataURL("image/jpeg", 0.85);
        const now = latest.current;
        applyVisibility(map, content, now.visible);
        applyLens(map, data, now.lens);
        applyEmphasis(map, data, now.selected, now.hovered);
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
