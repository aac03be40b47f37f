import { capText, LIMITS, routeWithinLimits, slideWithinLimits } from "../store/saved-format";
import type { DeckEdits, Note, TeacherSlide, UserRoute } from "../store/user-route";

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
  /** Routes the teacher imported, after the built-in ones. */
  userRoutes: UserRoute[];
  /** The teacher's notes, by route id (built-in or imported). */
  notes: Record<string, Note>;
  /** Slides the teacher made, by id (their place in the deck is in `deckEdits`). */
  slides: Record<string, TeacherSlide>;
  /** The teacher's order of the slides, and the slides hidden from the presentation. */
  deckEdits: DeckEdits;
};

/** What the teacher may change about a slide of their own. */
export type SlidePatch = Partial<Omit<TeacherSlide, "id">>;

/** What the teacher may change about an imported route after adding it. */
export type UserRoutePatch = Partial<Pick<UserRoute, "name" | "colour" | "dash" | "obstacle" | "lines" | "bounds">>;

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
  | { type: "add-user-routes"; routes: UserRoute[] }
  | { type: "update-user-route"; id: string; patch: UserRoutePatch }
  | { type: "remove-user-route"; id: string }
  | { type: "set-note"; route: string; note: Note | null }
  /** A slide of the teacher's own, placed after the slide `after` (absent: last). */
  | { type: "add-slide"; slide: TeacherSlide; after?: string }
  | { type: "update-slide"; id: string; patch: SlidePatch }
  | { type: "remove-slide"; id: string }
  /** Moves a slide to position `to` (0-based) among all the lesson's slides, hidden ones too. */
  | { type: "move-slide"; id: string; to: number }
  | { type: "hide-slide"; id: string; hidden: boolean }
  /** The teacher's order and hidden slides forgotten: the deck as the app first made it. */
  | { type: "reset-deck" }
  /**
   * The lesson as storage now holds it (read after the page opened, or after another tab
   * saved), already merged with what this tab changed and has not yet written; or as a lesson
   * file or link brought it, in place of what was here.
   */
  | {
      type: "stored";
      routes: UserRoute[];
      notes: Record<string, Note>;
      slides: Record<string, TeacherSlide>;
      deckEdits: DeckEdits;
    }
  /** Position and blanking received from the other window, or from the URL on back/forward. */
  | { type: "sync"; mode?: Mode; deck: DeckPosition; blank?: boolean }
  | { type: "restore"; state: Pick<AppState, "visible" | "selected" | "mode" | "deck" | "date" | "byCapacity"> };

const NO_EDITS: DeckEdits = { order: [], hidden: [] };

export function initialState(routeIds: readonly string[], dates: readonly string[]): AppState {
  return {
    date: dates[0],
    byCapacity: false,
    userRoutes: [],
    notes: {},
    slides: {},
    deckEdits: NO_EDITS,
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

/** What the reducer needs of a slide: its id, whether it has a reveal step, whether it is hidden. */
export type SlideShape = { id: string; reveal: boolean; hidden?: boolean };

/** The slides presented: those not hidden (all of them, should every one be hidden). */
export function shownSlides<T extends SlideShape>(lesson: readonly T[]): T[] {
  const shown = lesson.filter((s) => !s.hidden);
  return shown.length > 0 ? shown : [...lesson];
}

/**
 * Builds the reducer. `lessonOf` gives every slide of the lesson for a state, hidden ones
 * flagged: the content's, one for each imported route, and the teacher's own, in the teacher's
 * order; so changing the routes or the deck keeps the presentation on the same slide.
 * Next walks through a slide's reveals before moving on; previous steps back through them, and
 * lands on the previous slide fully revealed (as slide tools do).
 */
export function createReducer(lessonOf: (state: AppState) => readonly SlideShape[], dates: readonly string[]) {
  const deckOf = (state: AppState) => shownSlides(lessonOf(state));

  const stepsOf = (state: AppState) => deckOf(state).map((s) => (s.reveal ? 2 : 1));
  const moveTo = (state: AppState, pos: DeckPosition): AppState => {
    const deck = clampPosition(pos, stepsOf(state));
    return samePosition(deck, state.deck) ? state : { ...state, deck };
  };
  /** After the deck changed: the same slide as before, wherever it is now. */
  const sameSlide = (before: AppState, after: AppState): AppState => {
    const id = deckOf(before)[before.deck.slide]?.id;
    const at = deckOf(after).findIndex((s) => s.id === id);
    const deck = clampPosition(at >= 0 ? { slide: at, step: before.deck.step } : after.deck, stepsOf(after));
    return samePosition(deck, after.deck) ? after : { ...after, deck };
  };
  const withoutRoute = <T>(record: Record<string, T>, id: string): Record<string, T> =>
    Object.fromEntries(Object.entries(record).filter(([k]) => k !== id));
  /** The deck edits with the lesson's order written out in full, changed by `edit`. */
  const reorder = (state: AppState, edit: (ids: string[]) => string[], hidden = state.deckEdits.hidden): AppState => {
    const order = edit(lessonOf(state).map((s) => s.id));
    return sameSlide(state, { ...state, deckEdits: { order, hidden } });
  };
  const mine = (state: AppState, id: string) => Object.hasOwn(state.slides, id);
  return function reducer(state: AppState, action: Action): AppState {
    const steps = stepsOf(state);
    switch (action.type) {
      case "toggle":
        if (!Object.hasOwn(state.visible, action.route)) return state;
        return { ...state, visible: { ...state.visible, [action.route]: !state.visible[action.route] } };
      case "show-all":
        return { ...state, visible: setAll(state.visible, true) };
      case "hide-all":
        return { ...state, visible: setAll(state.visible, false) };
      case "select":
        if (action.route === null) return { ...state, selected: null };
        if (!Object.hasOwn(state.visible, action.route)) return state;
        // Opening a route's detail shows it: a detail about an invisible line would confuse.
        return { ...state, selected: action.route, visible: { ...state.visible, [action.route]: true } };
      case "hover":
        if (action.route !== null && !Object.hasOwn(state.visible, action.route)) return state;
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
      case "add-user-routes": {
        const taken = new Set([...Object.keys(state.visible)]);
        // Text past the storage limits is cut here, the one way in for every source.
        const fresh = action.routes.filter((r) => !taken.has(r.id)).map((r) => routeWithinLimits(r));
        if (fresh.length === 0) return state;
        return sameSlide(state, {
          ...state,
          userRoutes: [...state.userRoutes, ...fresh],
          visible: { ...state.visible, ...Object.fromEntries(fresh.map((r) => [r.id, true])) },
          selected: fresh[0].id,
        });
      }
      case "update-user-route":
        return {
          ...state,
          userRoutes: state.userRoutes.map((r) =>
            r.id === action.id ? routeWithinLimits({ ...r, ...action.patch }, r.name) : r,
          ),
        };
      case "remove-user-route": {
        if (!state.userRoutes.some((r) => r.id === action.id)) return state;
        const next = {
          ...state,
          userRoutes: state.userRoutes.filter((r) => r.id !== action.id),
          visible: withoutRoute(state.visible, action.id),
          notes: withoutRoute(state.notes, action.id),
          selected: state.selected === action.id ? null : state.selected,
          hovered: state.hovered === action.id ? null : state.hovered,
        };
        return sameSlide(state, next);
      }
      case "set-note":
        if (action.note === null || action.note.text.trim() === "")
          return Object.hasOwn(state.notes, action.route)
            ? { ...state, notes: withoutRoute(state.notes, action.route) }
            : state;
        return {
          ...state,
          notes: {
            ...state.notes,
            [action.route]: { ...action.note, text: capText(action.note.text, LIMITS.note) },
          },
        };
      case "add-slide": {
        if (Object.hasOwn(state.slides, action.slide.id) || lessonOf(state).some((s) => s.id === action.slide.id))
          return state;
        const slide = slideWithinLimits(action.slide);
        const added = { ...state, slides: { ...state.slides, [slide.id]: slide } };
        // Without a deck order yet, a new slide goes last by default; with one, it is placed.
        if (action.after === undefined && state.deckEdits.order.length === 0) return sameSlide(state, added);
        return reorder(added, (ids) => {
          const rest = ids.filter((id) => id !== slide.id);
          const at = action.after === undefined ? -1 : rest.indexOf(action.after);
          rest.splice(at < 0 ? rest.length : at + 1, 0, slide.id);
          return rest;
        });
      }
      case "update-slide": {
        const was = state.slides[action.id];
        if (!mine(state, action.id) || !was) return state;
        const slide = slideWithinLimits({ ...was, ...action.patch, id: was.id });
        return sameSlide(state, { ...state, slides: { ...state.slides, [slide.id]: slide } });
      }
      case "remove-slide": {
        if (!mine(state, action.id)) return state;
        const { order, hidden } = state.deckEdits;
        return sameSlide(state, {
          ...state,
          slides: withoutRoute(state.slides, action.id),
          deckEdits: { order: order.filter((id) => id !== action.id), hidden: hidden.filter((id) => id !== action.id) },
        });
      }
      case "move-slide": {
        const all = lessonOf(state).map((s) => s.id);
        const from = all.indexOf(action.id);
        const to = Math.min(Math.max(Math.trunc(action.to), 0), all.length - 1);
        if (from < 0 || from === to || !Number.isFinite(to)) return state;
        return reorder(state, (ids) => {
          const rest = ids.filter((id) => id !== action.id);
          rest.splice(to, 0, action.id);
          return rest;
        });
      }
      case "hide-slide": {
        const lesson = lessonOf(state);
        if (!lesson.some((s) => s.id === action.id)) return state;
        const hidden = new Set(state.deckEdits.hidden);
        if (action.hidden === hidden.has(action.id)) return state;
        // The presentation keeps at least one slide.
        if (action.hidden && lesson.filter((s) => !s.hidden).length <= 1) return state;
        if (action.hidden) hidden.add(action.id);
        else hidden.delete(action.id);
        return sameSlide(state, { ...state, deckEdits: { ...state.deckEdits, hidden: [...hidden] } });
      }
      case "reset-deck":
        if (state.deckEdits.order.length === 0 && state.deckEdits.hidden.length === 0) return state;
        return sameSlide(state, { ...state, deckEdits: NO_EDITS });
      case "stored": {
        const kept = new Set(action.routes.map((r) => r.id));
        const gone = (id: string | null) => id !== null && state.userRoutes.some((r) => r.id === id) && !kept.has(id);
        const visible = Object.fromEntries(Object.entries(state.visible).filter(([id]) => !gone(id))) as Record<
          string,
          boolean
        >;
        for (const r of action.routes) if (!Object.hasOwn(visible, r.id)) visible[r.id] = true;
        return sameSlide(state, {
          ...state,
          userRoutes: action.routes,
          visible,
          notes: action.notes,
          slides: action.slides,
          deckEdits: action.deckEdits,
          selected: gone(state.selected) ? null : state.selected,
          hovered: gone(state.hovered) ? null : state.hovered,
        });
      }
      case "sync": {
        const moved = moveTo(state, action.deck);
        const mode = action.mode ?? moved.mode;
        const blank = action.blank ?? moved.blank;
        return mode === moved.mode && blank === moved.blank ? moved : { ...moved, mode, blank };
      }
      case "restore":
        return {
          ...state,
          // A link holds only the built-in routes; imported ones keep what they were.
          visible: {
            ...Object.fromEntries(state.userRoutes.map((r) => [r.id, state.visible[r.id] ?? true])),
            ...action.state.visible,
          },
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
