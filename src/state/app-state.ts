/**
 * The app's state: one reducer, one union of actions. Route ids come from the content; the deck
 * is described by how many steps each slide has (2 for a slide with a reveal, else 1); the time
 * lens by its step ids, the first being the article's date.
 */
export type Mode = "explore" | "present";

export type DeckPosition = {
  /** Slide index, 0-based. */
  slide: number;
  /** Reveal step within the slide, 0-based. */
  step: number;
};

export type AppState = {
  /** Route id → shown on the map (the explorer's choice; slides set their own). */
  visible: Record<string, boolean>;
  /** Route whose detail is open in the explorer. */
  selected: string | null;
  /** Route under the pointer (map or list), drawn highlighted. */
  hovered: string | null;
  mode: Mode;
  deck: DeckPosition;
  /** Presentation screen blanked (B). */
  blank: boolean;
  /** Time lens step (content.timeline id) the explorer shows. */
  date: string;
  /** Line width shows capacity where a figure is known. */
  byCapacity: boolean;
};

export type Action =
  | { type: "toggle"; route: string }
  | { type: "show-all" }
  | { type: "hide-all" }
  | { type: "select"; route: string | null }
  | { type: "hover"; route: string | null }
  | { type: "present"; at?: DeckPosition }
  | { type: "exit-present" }
  | { type: "next" }
  | { type: "prev" }
  | { type: "first" }
  | { type: "last" }
  | { type: "goto"; slide: number; step?: number }
  | { type: "toggle-blank" }
  | { type: "set-date"; date: string }
  | { type: "toggle-capacity" }
  /** Position and blanking received from the other window, or from the URL on back/forward. */
  | { type: "sync"; mode?: Mode; deck: DeckPosition; blank?: boolean }
  | { type: "restore"; state: Pick<AppState, "visible" | "selected" | "mode" | "deck" | "date" | "byCapacity"> };

export function initialState(routeIds: readonly string[], dates: readonly string[]): AppState {
  return {
    date: dates[0],
    byCapacity: false,
    visible: Object.fromEntries(routeIds.map((id) => [id, true])),
    selected: null,
    hovered: null,
    mode: "explore",
    deck: { slide: 0, step: 0 },
    blank: false,
  };
}

function setAll(visible: Record<string, boolean>, value: boolean): Record<string, boolean> {
  return Object.fromEntries(Object.keys(visible).map((id) => [id, value]));
}

/** Clamps a position into the deck: slides in range, step within the slide's steps. */
export function clampPosition(pos: DeckPosition, steps: readonly number[]): DeckPosition {
  const last = steps.length - 1;
  const slide = Number.isInteger(pos.slide) ? Math.min(Math.max(pos.slide, 0), last) : 0;
  const maxStep = steps[slide] - 1;
  const step = Number.isInteger(pos.step) ? Math.min(Math.max(pos.step, 0), maxStep) : 0;
  return { slide, step };
}

function samePosition(a: DeckPosition, b: DeckPosition): boolean {
  return a.slide === b.slide && a.step === b.step;
}

/**
 * Builds the reducer for a deck whose slides have `steps[i]` steps each.
 * Next walks through a slide's reveals before moving on; previous steps back through them, and
 * lands on the previous slide fully revealed (as slide tools do).
 */
export function createReducer(steps: readonly number[], dates: readonly string[]) {
  const moveTo = (state: AppState, pos: DeckPosition): AppState => {
    const deck = clampPosition(pos, steps);
    return samePosition(deck, state.deck) ? state : { ...state, deck };
  };
  return function reducer(state: AppState, action: Action): AppState {
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
      case "present":
        return {
          ...state,
          mode: "present",
          hovered: null,
          blank: false,
          deck: clampPosition(action.at ?? state.deck, steps),
        };
      case "exit-present":
        return { ...state, mode: "explore", blank: false };
      case "next": {
        const { slide, step } = state.deck;
        if (step < steps[slide] - 1) return moveTo(state, { slide, step: step + 1 });
        return moveTo(state, { slide: slide + 1, step: 0 });
      }
      case "prev": {
        const { slide, step } = state.deck;
        if (step > 0) return moveTo(state, { slide, step: step - 1 });
        if (slide === 0) return state;
        return moveTo(state, { slide: slide - 1, step: steps[slide - 1] - 1 });
      }
      case "first":
        return moveTo(state, { slide: 0, step: 0 });
      case "last":
        return moveTo(state, { slide: steps.length - 1, step: 0 });
      case "goto":
        return moveTo(state, { slide: action.slide, step: action.step ?? 0 });
      case "toggle-blank":
        return { ...state, blank: !state.blank };
      case "set-date":
        return dates.includes(action.date) && action.date !== state.date ? { ...state, date: action.date } : state;
      case "toggle-capacity":
        return { ...state, byCapacity: !state.byCapacity };
      case "sync": {
        const moved = moveTo(state, action.deck);
        const mode = action.mode ?? moved.mode;
        const blank = action.blank ?? moved.blank;
        return mode === moved.mode && blank === moved.blank ? moved : { ...moved, mode, blank };
      }
      case "restore":
        return {
          ...state,
          visible: action.state.visible,
          selected: action.state.selected,
          mode: action.state.mode,
          deck: clampPosition(action.state.deck, steps),
          date: dates.includes(action.state.date) ? action.state.date : dates[0],
          byCapacity: action.state.byCapacity,
          blank: false,
        };
    }
  };
}
