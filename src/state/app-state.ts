/** The explorer's state: one reducer, one union of actions. Route ids come from the content. */
export type AppState = {
  /** Route id → shown on the map. */
  visible: Record<string, boolean>;
  /** Route whose detail is open. */
  selected: string | null;
  /** Route under the pointer (map or list), drawn highlighted. */
  hovered: string | null;
};

export type Action =
  | { type: "toggle"; route: string }
  | { type: "show-all" }
  | { type: "hide-all" }
  | { type: "select"; route: string | null }
  | { type: "hover"; route: string | null };

export function initialState(routeIds: readonly string[]): AppState {
  return { visible: Object.fromEntries(routeIds.map((id) => [id, true])), selected: null, hovered: null };
}

function setAll(visible: Record<string, boolean>, value: boolean): Record<string, boolean> {
  return Object.fromEntries(Object.keys(visible).map((id) => [id, value]));
}

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case "toggle":
      if (!(action.route in state.visible)) return state;
      return { ...state, visible: { ...state.visible, [action.route]: !state.visible[action.route] } };
    case "show-all":
      return { ...state, visible: setAll(state.visible, true) };
    case "hide-all":
      return { ...state, visible: setAll(state.visible, false) };
    case "select":
      if (action.route === null) return { ...state, selected: null };
      if (!(action.route in state.visible)) return state;
      // Opening a route's detail shows it: a detail about an invisible line would confuse.
      return { ...state, selected: action.route, visible: { ...state.visible, [action.route]: true } };
    case "hover":
      if (action.route !== null && !(action.route in state.visible)) return state;
      return state.hovered === action.route ? state : { ...state, hovered: action.route };
  }
}
