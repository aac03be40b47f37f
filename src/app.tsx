import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { content, data, routeIds } from "./content/data";
import { type CameraHandle, MapView } from "./map/map-view";
import { Legend } from "./panel/legend";
import { RouteDetail } from "./panel/route-detail";
import { RouteList } from "./panel/route-list";
import { type Action, initialState, reducer } from "./state/app-state";
import { parseUrlState, writeUrlState } from "./state/url-state";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && (target as HTMLInputElement).type !== "checkbox"))
  );
}

function announcementFor(action: Action, before: Record<string, boolean>): string | null {
  const name = (id: string) => content.routes.find((r) => r.id === id)?.name ?? id;
  switch (action.type) {
    case "toggle":
      return `${name(action.route)} ${before[action.route] ? "hidden" : "shown"}`;
    case "show-all":
      return "All routes shown";
    case "hide-all":
      return "All routes hidden";
    case "select":
      return action.route ? `${name(action.route)} selected` : "Route details closed";
    default:
      return null;
  }
}

export function App() {
  const [state, rawDispatch] = useReducer(reducer, undefined, () => ({
    ...initialState(routeIds),
    ...parseUrlState(window.location.search, routeIds),
  }));
  const [announcement, setAnnouncement] = useState("");
  const camera = useRef<CameraHandle>(null);
  const visibleRef = useRef(state.visible);
  visibleRef.current = state.visible;

  const dispatch = useCallback((action: Action) => {
    const message = announcementFor(action, visibleRef.current);
    if (message) setAnnouncement(message);
    rawDispatch(action);
  }, []);

  // Shareable state lives in the URL; replaceState so toggling does not flood the history.
  const { visible, selected } = state;
  useEffect(() => {
    const search = writeUrlState({ visible, selected }, routeIds);
    if (search !== window.location.search) {
      window.history.replaceState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [visible, selected]);

  // Selecting a route fits the map to it; closing the detail goes back to the whole region and
  // returns keyboard focus to the button that opened it.
  const previousSelection = useRef<string | null>(null);
  const firstSelection = useRef(true);
  useEffect(() => {
    if (state.selected) camera.current?.fitRoute(state.selected);
    else if (!firstSelection.current) camera.current?.fitAll();
    const closed = previousSelection.current;
    // Focus falls to <body> when the detail it was in disappears; anywhere else, the user put it there.
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (!state.selected && closed && focusLost) {
      document.getElementById(`open-${closed}`)?.focus();
    }
    previousSelection.current = state.selected;
    firstSelection.current = false;
  }, [state.selected]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const n = Number.parseInt(e.key, 10);
      if (n >= 1 && n <= Math.min(9, routeIds.length)) {
        e.preventDefault();
        dispatch({ type: "toggle", route: routeIds[n - 1] });
      } else if (e.key === "Escape" && state.selected) {
        dispatch({ type: "select", route: null });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dispatch, state.selected]);

  const selectedRoute = content.routes.find((r) => r.id === state.selected) ?? null;
  const onSelect = useCallback((route: string) => dispatch({ type: "select", route }), [dispatch]);
  const onHover = useCallback((route: string | null) => rawDispatch({ type: "hover", route }), []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{content.title}</h1>
        <p className="subtitle">{content.subtitle}</p>
        <p className="source-line">
          After{" "}
          <cite>
            {content.article.outlet}, {content.article.date}
          </cite>{" "}
          · borders and statuses as in {content.article.asOf}
        </p>
      </header>
      <main className="layout">
        <aside className="panel" aria-label="Routes and details">
          <RouteList content={content} state={state} dispatch={dispatch} />
          {selectedRoute ? (
            <RouteDetail
              key={selectedRoute.id}
              route={selectedRoute}
              content={content}
              data={data}
              onClose={() => dispatch({ type: "select", route: null })}
            />
          ) : (
            <p className="hint">
              Choose a route, or click a line on the map, to see the obstacle the article names and what happened next.
              Keys 1–{Math.min(9, routeIds.length)} show or hide the routes.
            </p>
          )}
        </aside>
        <div className="map-area">
          <MapView
            ref={camera}
            data={data}
            content={content}
            visible={state.visible}
            selected={state.selected}
            hovered={state.hovered}
            onSelect={onSelect}
            onHover={onHover}
          />
          <Legend content={content} />
        </div>
      </main>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
