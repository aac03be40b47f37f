import type { AppState } from "./app-state";

/**
 * The shareable state in the URL's query, in one pure module:
 *   ?routes=a,b   visible routes in the explorer (absent = all, "none" = none)
 *   &route=a      the route whose detail is open
 *   &at=lon,lat,zoom  the explorer's camera (degrees, zoom level)
 *   &slide=id     presenting, on this slide (absent = exploring)
 *   &step=1       reveal step within the slide (absent = 0)
 *   &view=presenter  this window is the presenter view
 *   &date=2006-07 the time lens's step (absent = the article's date)
 *   &width=capacity  line width shows capacity
 * Parsing never throws: unknown ids, junk and absurd numbers fall back to the defaults, and each
 * is reported so the app can say so.
 */
export type Camera = { lon: number; lat: number; zoom: number };

export type UrlState = Pick<AppState, "visible" | "selected" | "mode" | "deck" | "date" | "byCapacity"> & {
  presenter: boolean;
  camera: Camera | null;
};

/** Known ids: routes, slides and time lens steps (the first step is the default date). */
export type UrlIds = {
  routes: readonly string[];
  slides: readonly string[];
  dates: readonly string[];
  /** Steps of each slide, in order (2 for a slide with a reveal); a step beyond them is clamped. */
  steps?: readonly number[];
};

const MAX_PARAM_LENGTH = 500;
const MAX_STEP = 20;
const MAX_ZOOM = 22;

/** Short, printable echo of user input for a message (never rendered as HTML). */
function echo(value: string): string {
  const clean = value.replace(/[^\p{L}\p{N} ._,-]/gu, "?");
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/** Rounds the camera to what a link needs: ~100 m and 1/100 of a zoom level. */
export function roundCamera(c: Camera): Camera {
  // "+ 0" turns -0 into 0, which is what a link written and read back holds.
  const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d + 0;
  return { lon: r(c.lon, 3), lat: r(c.lat, 3), zoom: r(c.zoom, 2) };
}

function parseCamera(value: string): Camera | null {
  const parts = value.split(",");
  if (parts.length !== 3 || parts.some((p) => !/^-?\d{1,3}(\.\d{1,6})?$/.test(p.trim()))) return null;
  const [lon, lat, zoom] = parts.map(Number);
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > MAX_ZOOM) return null;
  return { lon, lat, zoom };
}

export function parseUrl(search: string, ids: UrlIds): { state: UrlState; problems: string[] } {
  const problems: string[] = [];
  let params: URLSearchParams;
  if (search.length > 4 * MAX_PARAM_LENGTH) {
    problems.push("the link is far too long");
    params = new URLSearchParams();
  } else {
    params = new URLSearchParams(search);
  }
  const routeIds = ids.routes;
  const known = (id: string) => routeIds.includes(id);
  const routesParam = params.get("routes");
  let visible: Record<string, boolean> = Object.fromEntries(routeIds.map((id) => [id, true]));
  if (routesParam !== null) {
    const listed = routesParam.split(",").map((s) => s.trim());
    const unknown = listed.filter((id) => !known(id));
    if (routesParam !== "none" && (routesParam.length > MAX_PARAM_LENGTH || unknown.length > 0))
      problems.push(`unknown route ${echo(unknown.join(",") || routesParam)}`);
    const good = listed.filter(known);
    // A list naming no known route is junk: fall back to all routes rather than an empty map.
    if (routesParam === "none" || good.length > 0)
      visible = Object.fromEntries(routeIds.map((id) => [id, good.includes(id)]));
  }
  const selectedParam = params.get("route");
  let selected: string | null = null;
  if (selectedParam !== null) {
    if (known(selectedParam)) selected = selectedParam;
    else problems.push(`unknown route ${echo(selectedParam)}`);
  }
  if (selected) visible[selected] = true;

  const slideParam = params.get("slide");
  let slide = -1;
  if (slideParam !== null) {
    slide = ids.slides.indexOf(slideParam);
    if (slide < 0) problems.push(`unknown slide ${echo(slideParam)}`);
  }
  const stepParam = params.get("step");
  let step = 0;
  if (stepParam !== null) {
    const n = Number(stepParam);
    if (/^\d{1,2}$/.test(stepParam) && n <= MAX_STEP) step = n;
    else problems.push(`step ${echo(stepParam)}`);
    // A step the slide does not have: its last one, and say so (else Previous seems to do nothing).
    const last = slide >= 0 && ids.steps ? (ids.steps[slide] ?? 1) - 1 : null;
    if (last !== null && step > last) {
      problems.push(`step ${echo(stepParam)}: that slide has ${last === 0 ? "one step" : `${last + 1} steps`}`);
      step = last;
    }
  }
  const atParam = params.get("at");
  let camera: Camera | null = null;
  if (atParam !== null) {
    camera = parseCamera(atParam);
    if (!camera) problems.push(`map position ${echo(atParam)}`);
  }
  const dateParam = params.get("date");
  let date = ids.dates[0];
  if (dateParam !== null) {
    if (ids.dates.includes(dateParam)) date = dateParam;
    else problems.push(`unknown date ${echo(dateParam)}`);
  }
  const widthParam = params.get("width");
  if (widthParam !== null && widthParam !== "capacity") problems.push(`line width ${echo(widthParam)}`);
  const presenter = params.get("view") === "presenter";
  return {
    state: {
      visible,
      selected,
      mode: slide >= 0 && !presenter ? "present" : "explore",
      deck: { slide: Math.max(slide, 0), step: slide >= 0 ? step : 0 },
      presenter,
      camera,
      date,
      byCapacity: widthParam === "capacity",
    },
    problems,
  };
}

export function parseUrlState(search: string, ids: UrlIds): UrlState {
  return parseUrl(search, ids).state;
}

export function writeUrlState(state: UrlState, ids: UrlIds): string {
  const params = new URLSearchParams();
  const shown = ids.routes.filter((id) => state.visible[id]);
  if (shown.length === 0) params.set("routes", "none");
  else if (shown.length < ids.routes.length) params.set("routes", shown.join(","));
  // Only built-in routes travel in links: an imported route exists in one browser alone.
  if (state.selected && ids.routes.includes(state.selected)) params.set("route", state.selected);
  if (state.camera) {
    const c = roundCamera(state.camera);
    params.set("at", `${c.lon},${c.lat},${c.zoom}`);
  }
  if (state.mode === "present" || state.presenter) {
    params.set("slide", ids.slides[state.deck.slide] ?? ids.slides[0]);
    if (state.deck.step > 0) params.set("step", String(state.deck.step));
  }
  if (state.presenter) params.set("view", "presenter");
  if (state.date !== ids.dates[0] && ids.dates.includes(state.date)) params.set("date", state.date);
  if (state.byCapacity) params.set("width", "capacity");
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}
