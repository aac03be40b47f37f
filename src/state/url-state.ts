import type { AppState } from "./app-state";

/**
 * The shareable state in the URL's query, in one pure module:
 *   ?routes=a,b   visible routes in the explorer (absent = all, "none" = none)
 *   &route=a      the route whose detail is open
 *   &slide=id     presenting, on this slide (absent = exploring)
 *   &step=1       reveal step within the slide (absent = 0)
 *   &view=presenter  this window is the presenter view
 * Parsing never throws: unknown ids, junk and absurd numbers fall back to the defaults.
 */
export type UrlState = Pick<AppState, "visible" | "selected" | "mode" | "deck"> & { presenter: boolean };

export type UrlIds = { routes: readonly string[]; slides: readonly string[] };

const MAX_PARAM_LENGTH = 500;
const MAX_STEP = 20;

export function parseUrlState(search: string, ids: UrlIds): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4 * MAX_PARAM_LENGTH ? "" : search);
  } catch {
    params = new URLSearchParams();
  }
  const routeIds = ids.routes;
  const known = (id: string) => routeIds.includes(id);
  const routesParam = params.get("routes");
  let visible: Record<string, boolean>;
  if (routesParam === null || routesParam.length > MAX_PARAM_LENGTH) {
    visible = Object.fromEntries(routeIds.map((id) => [id, true]));
  } else {
    const listed = routesParam
      .split(",")
      .map((s) => s.trim())
      .filter(known);
    const none = routesParam === "none";
    // A list naming no known route is junk: fall back to all routes rather than an empty map.
    const useList = none || listed.length > 0;
    visible = Object.fromEntries(routeIds.map((id) => [id, useList ? listed.includes(id) : true]));
  }
  const selectedParam = params.get("route");
  const selected = selectedParam !== null && known(selectedParam) ? selectedParam : null;
  if (selected) visible[selected] = true;

  const slideParam = params.get("slide");
  const slide = slideParam === null ? -1 : ids.slides.indexOf(slideParam);
  const stepParam = Number(params.get("step") ?? "0");
  const step = Number.isInteger(stepParam) && stepParam >= 0 && stepParam <= MAX_STEP ? stepParam : 0;
  const presenter = params.get("view") === "presenter";
  return {
    visible,
    selected,
    mode: slide >= 0 && !presenter ? "present" : "explore",
    deck: { slide: Math.max(slide, 0), step: slide >= 0 ? step : 0 },
    presenter,
  };
}

export function writeUrlState(state: UrlState, ids: UrlIds): string {
  const params = new URLSearchParams();
  const shown = ids.routes.filter((id) => state.visible[id]);
  if (shown.length === 0) params.set("routes", "none");
  else if (shown.length < ids.routes.length) params.set("routes", shown.join(","));
  if (state.selected) params.set("route", state.selected);
  if (state.mode === "present" || state.presenter) {
    params.set("slide", ids.slides[state.deck.slide] ?? ids.slides[0]);
    if (state.deck.step > 0) params.set("step", String(state.deck.step));
  }
  if (state.presenter) params.set("view", "presenter");
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}
