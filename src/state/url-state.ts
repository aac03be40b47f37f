import type { AppState } from "./app-state";

/**
 * The shareable part of the state in the URL's query: ?routes=a,b (visible routes; absent = all,
 * "none" = none) and &route=a (selected). Parsing never throws: unknown ids and junk are dropped.
 */
export type UrlState = Pick<AppState, "visible" | "selected">;

const MAX_PARAM_LENGTH = 500;

export function parseUrlState(search: string, routeIds: readonly string[]): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4 * MAX_PARAM_LENGTH ? "" : search);
  } catch {
    params = new URLSearchParams();
  }
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
  return { visible, selected };
}

export function writeUrlState(state: UrlState, routeIds: readonly string[]): string {
  const params = new URLSearchParams();
  const shown = routeIds.filter((id) => state.visible[id]);
  if (shown.length === 0) params.set("routes", "none");
  else if (shown.length < routeIds.length) params.set("routes", shown.join(","));
  if (state.selected) params.set("route", state.selected);
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}
