import type { Action, AppState } from "../state/app-state";
import { LineSwatch } from "./line-swatch";
import type { RouteEntry } from "./route-entry";

type Props = {
  routes: readonly RouteEntry[];
  state: AppState;
  dispatch(action: Action): void;
};

/** The routes: a checkbox to show or hide each, and a button that opens its detail. */
export function RouteList({ routes, state, dispatch }: Props) {
  const allShown = routes.every((r) => state.visible[r.id]);
  const noneShown = routes.every((r) => !state.visible[r.id]);
  return (
    <section className={`route-list${state.selected ? " is-compact" : ""}`} aria-labelledby="routes-heading">
      <div className="route-list-head">
        <h2 id="routes-heading" tabIndex={-1}>
          Routes
        </h2>
        <div className="all-buttons">
          <button type="button" onClick={() => dispatch({ type: "show-all" })} disabled={allShown}>
            Show all
          </button>
          <button type="button" onClick={() => dispatch({ type: "hide-all" })} disabled={noneShown}>
            Hide all
          </button>
        </div>
      </div>
      <ul>
        {routes.map((route, i) => {
          const checkboxId = `show-${route.id}`;
          const selected = state.selected === route.id;
          return (
            <li
              key={route.id}
              className={`route-item${selected ? " is-selected" : ""}`}
              style={{ "--route-colour": route.colour } as React.CSSProperties}
              onMouseEnter={() => dispatch({ type: "hover", route: route.id })}
              onMouseLeave={() => dispatch({ type: "hover", route: null })}
              // Keyboard focus lights the route on the map too, with a tooltip naming its lines.
              onFocus={() => dispatch({ type: "hover", route: route.id })}
              onBlur={() => dispatch({ type: "hover", route: null })}
            >
              <input
                id={checkboxId}
                type="checkbox"
                checked={state.visible[route.id] ?? false}
                onChange={() => dispatch({ type: "toggle", route: route.id })}
                aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              />
              <label htmlFor={checkboxId} className="visually-hidden">
                Show {route.name}
              </label>
              <button
                type="button"
                id={`open-${route.id}`}
                className="route-open"
                aria-expanded={selected}
                aria-controls="route-detail"
                aria-describedby={`summary-${route.id}`}
                onClick={() => dispatch({ type: "select", route: selected ? null : route.id })}
              >
                <LineSwatch style={route.dash} colour={route.colour} width={34} />
                <span className="route-name">{route.name}</span>
                {route.user && <span className="added-tag">added</span>}
              </button>
              <p id={`summary-${route.id}`} className="route-summary">
                {route.summary}
              </p>
              {i < 9 && (
                <span className="route-key" aria-hidden="true">
                  {i + 1}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
