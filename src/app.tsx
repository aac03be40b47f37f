import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { sourcesOnMap } from "./content/citations";
import { content, data, routeIds, stepIds, todayYear } from "./content/data";
import type { Slide } from "./content/schema";
import { isAfterArticle, statusPhrase, stepDay, type TimelineStep } from "./content/timeline";
import { DrawBar } from "./draw/draw-bar";
import { useDrawing } from "./draw/use-drawing";
import type { PictureKey } from "./export/picture";
import { notesFromFile } from "./import/notes-from-file";
import { fragmentLesson } from "./lesson/lesson-link";
import { usePageLesson } from "./lesson/use-page-lesson";
import type { Position } from "./map/draw";
import { LINE_STYLES, stylesInUse } from "./map/line-styles";
import { type CameraHandle, MapView } from "./map/map-view";
import { registerOffline } from "./offline/register";
import { numberedReference } from "./panel/cite";
import { Legend, symbolLabels } from "./panel/legend";
import { RouteDetail } from "./panel/route-detail";
import { type RouteEntry, routeEntries } from "./panel/route-entry";
import { RouteList } from "./panel/route-list";
import { LaterBanner, TimeControl } from "./panel/time-control";
import { UserRouteDetail } from "./panel/user-route-detail";
import { basemapHref, factsHref } from "./platform/assets";
import {
  deckFor,
  epilogueChanges,
  lessonSlides,
  presentationKey,
  routeBounds,
  slideBounds,
  slideStep,
  slideVisible,
} from "./present/deck";
import { type Audience, useDeckSync } from "./present/deck-sync";
import type { PrintKind } from "./present/handout";
import { AppHeader } from "./shell/app-header";
import { type Action, type AppState, createReducer, initialState } from "./state/app-state";
import { type Camera, parseUrl, parseUrlState, type UrlIds, writeUrlState } from "./state/url-state";
import { useSaved } from "./store/use-saved";
import type { Saved } from "./store/user-route";

// Loaded when first opened, so the first visit downloads only the explorer.
const RoutesTable = lazy(() => import("./panel/routes-table"));
const SourcesView = lazy(() => import("./panel/sources-view"));
const PresentBar = lazy(() => import("./present/presentation").then((m) => ({ default: m.PresentBar })));
const PresentPanel = lazy(() => import("./present/presentation").then((m) => ({ default: m.PresentPanel })));
const PresenterView = lazy(() => import("./present/presenter-view"));
const Handout = lazy(() => import("./present/handout"));
const PrintDialog = lazy(() => import("./present/print-dialog"));
const ImportDialog = lazy(() => import("./import/import-dialog"));
const ExportDialog = lazy(() => import("./export/export-dialog"));
const SlideEditor = lazy(() => import("./present/slide-editor"));
const LessonDialog = lazy(() => import("./lesson/lesson-dialog"));
const PlaceBuilder = lazy(() => import("./draw/place-builder"));

type LessonParts = Pick<AppState, "userRoutes" | "slides" | "deckEdits">;
/** Every slide of the lesson, hidden ones too: the content's, the imported routes', the teacher's. */
const lessonOf = (s: LessonParts) => lessonSlides(content.deck, s.userRoutes, s.slides, s.deckEdits);
/** The slides presented for a state. */
const deckOf = (s: LessonParts): Slide[] => deckFor(content.deck, s.userRoutes, s.slides, s.deckEdits);
const reducer = createReducer(
  (s) => lessonOf(s).map(({ slide, hidden }) => ({ id: slide.id, reveal: slide.reveal, hidden })),
  stepIds,
);
/** Ids a link may name: built-in routes only (imported routes never travel in links). */
const idsFor = (deck: readonly Slide[]): UrlIds => ({
  routes: routeIds,
  slides: deck.map((s) => s.id),
  dates: stepIds,
  steps: deck.map((s) => (s.reveal ? 2 : 1)),
});
const ids = idsFor(content.deck);
const basemapUrl = basemapHref;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
  return target.tagName === "INPUT" && (target as HTMLInputElement).type !== "checkbox";
}

function announcementFor(action: Action, state: AppState): string | null {
  const before = state.visible;
  const name = (id: string) =>
    content.routes.find((r) => r.id === id)?.name ?? state.userRoutes.find((r) => r.id === id)?.name ?? id;
  switch (action.type) {
    case "toggle":
      return `${name(action.route)} ${before[action.route] ? "hidden" : "shown"}`;
    case "show-all":
      return "All routes shown";
    case "hide-all":
      return "All routes hidden";
    case "select":
      return action.route ? `${name(action.route)} selected` : "Route details closed";
    case "present":
      return "Presentation started";
    case "exit-present":
      return "Back to the explorer";
    case "remove-user-route":
      return `${name(action.id)} deleted`;
    default:
      return null;
  }
}

/** The PNG's key: the routes drawn, the line styles in use on the date shown, and the symbols. */
function pictureKeyFor(
  routes: readonly RouteEntry[],
  visible: Record<string, boolean>,
  step: TimelineStep,
  day: number,
): PictureKey {
  const { styles, stopped } = stylesInUse(data.lines.features, visible, day);
  return {
    routes: routes.filter((r) => visible[r.id]).map((r) => ({ name: r.name, colour: r.colour, dash: r.dash })),
    styles: styles.map((style) => ({ style, label: LINE_STYLES[style].label })),
    stopped: stopped.map((s) => content.statusLabels[s]),
    statusHeading: `Status ${statusPhrase(step)}`,
    symbols: symbolLabels(content),
  };
}

function leaveFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) leaveFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

const { state: initialUrl, problems: urlProblems } = parseUrl(window.location.search, ids);
/** A lesson a link carries in its fragment (#lesson=…), offered once storage has been read. */
const linkLesson = fragmentLesson(window.location.hash);
/** This window is the presenter view (opened by "Presenter view" or S), for the whole page's life. */
const presenter = initialUrl.presenter;

function startState(): AppState {
  return { ...initialState(routeIds, stepIds), ...initialUrl };
}

/** Keeps the URL in step with the state: a new history entry per slide, replaced otherwise. */
function useUrlSync(state: AppState, slides: readonly Slide[], camera: Camera | null, dispatch: (a: Action) => void) {
  const { visible, selected, mode, deck, date, byCapacity } = state;
  const last = useRef({ mode, slide: deck.slide });
  const idsNow = useRef(ids);
  idsNow.current = idsFor(slides);
  useEffect(() => {
    const ids = idsFor(slides);
    // The camera belongs to the explorer; a slide sets its own.
    const at = mode === "explore" && !presenter ? camera : null;
    const search = writeUrlState({ visible, selected, mode, deck, date, byCapacity, presenter, camera: at }, ids);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    const newPage = last.current.mode !== mode || (mode === "present" && last.current.slide !== deck.slide);
    if (newPage && !presenter) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    last.current = { mode, slide: deck.slide };
  }, [visible, selected, mode, deck, date, byCapacity, camera, slides]);

  useEffect(() => {
    const onPop = () => {
      const parsed = parseUrlState(window.location.search, idsNow.current);
      last.current = { mode: parsed.mode, slide: parsed.deck.slide };
      dispatch({ type: "restore", state: parsed });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [dispatch]);
}

function presenterUrl(state: AppState): string {
  const search = writeUrlState({ ...state, mode: "explore", presenter: true, camera: null }, idsFor(deckOf(state)));
  return `${window.location.pathname}${search}`;
}

export function App() {
  const [state, rawDispatch] = useReducer(reducer, undefined, startState);
  const [announcement, setAnnouncement] = useState("");
  const [notice, setNotice] = useState<string | null>(() =>
    urlProblems.length > 0
      ? `Part of this link could not be used (${urlProblems.join("; ")}), so the usual view is shown for that part.`
      : null,
  );
  const [camera, setCamera] = useState<Camera | null>(initialUrl.camera);
  const [tableOpen, setTableOpen] = useState(false);
  const [sourcesOpen, setSourcesOpen] = useState(false);
  // The import dialog, with a file dropped on the map if that is how it opened.
  const [importing, setImporting] = useState<{ file: File | null; drawn?: boolean } | null>(null);
  const [building, setBuilding] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  // The slide editor, with the slide just added open for editing.
  const [slideEditor, setSlideEditor] = useState<{ editing: string | null } | null>(null);
  // The lesson dialog (save, share, open), with the lesson a link brought, if any.
  const [lessonOpen, setLessonOpen] = useState<{ fromLink: string | null; offered?: Saved } | null>(null);
  // The header's actions on a small screen, behind a Menu button.
  const [menuOpen, setMenuOpen] = useState(false);
  // A newer version downloaded in the background: how to switch to it.
  const [update, setUpdate] = useState<(() => void) | null>(null);
  useEffect(() => registerOffline((apply) => setUpdate(() => apply)), []);
  // The print dialog, and the printout being prepared (or last printed).
  const [printOpen, setPrintOpen] = useState(false);
  const [printing, setPrinting] = useState<{
    kind: PrintKind;
    run: number;
    drawn: number;
    total: number;
    done: boolean;
    failed: string | null;
  } | null>(null);
  const cameraRef = useRef<CameraHandle>(null);
  // The latest state, for callbacks that should not be rebuilt (and re-attached) on every change.
  const stateRef = useRef(state);
  stateRef.current = state;
  const menuOpenRef = useRef(menuOpen);
  menuOpenRef.current = menuOpen;

  const dispatch = useCallback((action: Action) => {
    const message = announcementFor(action, stateRef.current);
    if (message) setAnnouncement(message);
    rawDispatch(action);
  }, []);

  const { userRoutes, slides: mySlides, deckEdits } = state;
  const deck = useMemo(() => deckOf({ userRoutes, slides: mySlides, deckEdits }), [userRoutes, mySlides, deckEdits]);
  const routes = useMemo(() => routeEntries(content, userRoutes), [userRoutes]);
  const allIds = routes.map((r) => r.id);
  const saved = useSaved(state, dispatch);
  const say = useCallback((text: string) => {
    setNotice(text);
    setAnnouncement(text);
  }, []);
  const onDrawn = useCallback((file: File) => setImporting({ file, drawn: true }), []);
  const userRoutesNow = useCallback(() => stateRef.current.userRoutes, []);
  const draw = useDrawing({
    camera: cameraRef,
    content,
    data,
    basemapUrl,
    userRoutes: userRoutesNow,
    dispatch,
    say,
    onDrawn,
  });
  const drawRef = useRef(draw);
  drawRef.current = draw;
  // A link's lesson is offered once what this browser saved has been read (to merge with it).
  useEffect(() => {
    if (saved.ready && linkLesson !== null && !presenter) setLessonOpen({ fromLink: linkLesson });
  }, [saved.ready]);
  const openLesson = useCallback(
    (lesson: Saved, message: string) => {
      dispatch({
        type: "stored",
        routes: lesson.routes,
        notes: lesson.notes,
        slides: lesson.slides,
        deckEdits: lesson.deck,
      });
      say(message);
    },
    [dispatch, say],
  );
  const lessonHere = useCallback(
    (): Saved => ({
      routes: stateRef.current.userRoutes,
      notes: stateRef.current.notes,
      slides: stateRef.current.slides,
      deck: stateRef.current.deckEdits,
    }),
    [],
  );
  // A one-file app saved with its lesson ("Download this lesson") brings it.
  usePageLesson(saved.ready && !presenter, lessonHere, routeIds, {
    open: openLesson,
    offer: (lesson) => setLessonOpen({ fromLink: null, offered: lesson }),
    say,
  });
  useUrlSync(state, deck, camera, dispatch);
  const position = useMemo(
    () => ({ mode: state.mode, deck: state.deck, blank: state.blank, slideId: deck[state.deck.slide]?.id }),
    [state.mode, state.deck, state.blank, deck],
  );
  const indexOfSlide = useCallback((id: string) => deck.findIndex((s) => s.id === id), [deck]);
  // The presenter view says so when the projected window stops presenting.
  const [audience, setAudience] = useState<Audience>("presenting");
  useDeckSync(position, dispatch, presenter ? "presenter" : "audience", indexOfSlide, setAudience);

  const presenting = state.mode === "present" && !presenter;
  const slide = deck[state.deck.slide] ?? deck[0];
  // An epilogue slide picks out the lines that changed since the previous date.
  const emphasis = useMemo(
    () =>
      presenting
        ? (epilogueChanges(deck, state.deck.slide, content, data.lines.features)?.changes.map((c) => c.id) ?? [])
        : [],
    [presenting, deck, state.deck.slide],
  );

  // Camera: a slide frames what it discusses; the explorer frames the open route, or the region.
  // A shared link's own map position wins on arrival.
  // Leaving a presentation jumps back to exactly where the explorer was.
  const firstFrame = useRef(true);
  const wasPresenting = useRef(presenting);
  const cameraNow = useRef(camera);
  cameraNow.current = camera;
  useEffect(() => {
    const first = firstFrame.current;
    const back = wasPresenting.current && !presenting;
    firstFrame.current = false;
    wasPresenting.current = presenting;
    const boundsOf = (id: string) => routeBounds(id, data, content, stateRef.current.userRoutes);
    if (presenting) cameraRef.current?.frame(slideBounds(slide, boundsOf));
    else if (back && cameraNow.current) cameraRef.current?.goTo(cameraNow.current);
    else if (first && initialUrl.camera) return;
    else if (state.selected) cameraRef.current?.frame(boundsOf(state.selected));
    else if (!first) cameraRef.current?.frame(content.view.bounds);
  }, [presenting, slide, state.selected]);

  // Closing a detail returns keyboard focus to the button that opened it.
  const previousSelection = useRef<string | null>(null);
  useEffect(() => {
    const closed = previousSelection.current;
    // Focus falls to <body> when the detail it was in disappears; anywhere else, the user put it there.
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (!state.selected && closed && focusLost) document.getElementById(`open-${closed}`)?.focus();
    previousSelection.current = state.selected;
  }, [state.selected]);

  const openPresenterView = useCallback(() => {
    const win = window.open(presenterUrl(stateRef.current), "caspian-presenter", "popup=yes,width=1100,height=760");
    setNotice(
      win
        ? null
        : "The presenter view could not open: the browser blocked the new window. Allow pop-ups for this page and press S again.",
    );
  }, []);

  // Keys. Presenting (and in the presenter view): the deck's keys. Exploring: 1–9 toggle, P presents.
  const digits = useRef("");
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      // Keys in a dialog are the dialog's (arrows on the slide editor's buttons move nothing behind).
      if (e.target instanceof Element && e.target.closest("dialog")) return;
      // Drawing: the drawing's keys (Enter, Backspace, Ctrl+Z are Terra Draw's); Escape cancels.
      if (drawRef.current.isDrawing()) {
        if (e.key === "Escape") {
          e.preventDefault();
          drawRef.current.cancel();
        }
        return;
      }
      if (presenting || presenter) {
        // Buttons keep Enter and Space for themselves.
        if ((e.key === "Enter" || e.key === " ") && e.target instanceof HTMLButtonElement) return;
        const result = presentationKey(e.key, digits.current);
        digits.current = result.buffer;
        if (!result.handled) return;
        e.preventDefault();
        if (presenter && (result.action?.type === "exit-present" || result.effect === "presenter-view")) return;
        if (result.action) dispatch(result.action);
        if (result.effect === "fullscreen") toggleFullscreen();
        if (result.effect === "presenter-view") openPresenterView();
        return;
      }
      const n = Number.parseInt(e.key, 10);
      const keyed = [...routeIds, ...stateRef.current.userRoutes.map((r) => r.id)];
      if (n >= 1 && n <= Math.min(9, keyed.length)) {
        e.preventDefault();
        dispatch({ type: "toggle", route: keyed[n - 1] });
      } else if (e.key === "p" || e.key === "P") {
        e.preventDefault();
        dispatch({ type: "present" });
      } else if (e.key === "Escape" && menuOpenRef.current) {
        setMenuOpen(false);
        document.querySelector<HTMLElement>(".menu-button")?.focus();
      } else if (e.key === "Escape" && state.selected) {
        dispatch({ type: "select", route: null });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dispatch, presenting, state.selected, openPresenterView]);

  // Leaving the presentation leaves full screen too; starting one clears the explorer's notices
  // (such as "Added …"), which have no place on the projected screen.
  const presentedBefore = useRef(presenting);
  useEffect(() => {
    if (!presenting) leaveFullscreen();
    else if (!presentedBefore.current) setNotice(null);
    presentedBefore.current = presenting;
  }, [presenting]);

  const startPrint = useCallback((kind: PrintKind) => {
    setAnnouncement("Preparing the printout");
    setPrinting((p) => ({ kind, run: (p?.run ?? 0) + 1, drawn: 0, total: 1, done: false, failed: null }));
  }, []);
  const onPrintProgress = useCallback((drawn: number, total: number) => {
    setPrinting((p) => p && { ...p, drawn, total });
  }, []);
  const onPrintFailed = useCallback((failed: string) => setPrinting((p) => p && { ...p, failed }), []);
  const onPrintReady = useCallback(() => {
    setPrinting((p) => p && { ...p, done: true });
    setAnnouncement("Ready to print");
    window.print();
  }, []);

  if (presenter) {
    return (
      <div className="app is-presenter">
        <Suspense fallback={null}>
          <PresenterView
            content={content}
            data={data}
            deck={deck}
            state={state}
            ended={audience === "left"}
            unreachable={audience === "unreachable"}
            basemapUrl={basemapUrl()}
            dispatch={dispatch}
          />
        </Suspense>
      </div>
    );
  }

  const selectedRoute = content.routes.find((r) => r.id === state.selected) ?? null;
  const selectedUserRoute = state.userRoutes.find((r) => r.id === state.selected) ?? null;
  // Slides set their own date; the explorer shows the time lens's.
  const step = presenting
    ? slideStep(slide, content)
    : (content.timeline.find((t) => t.id === state.date) ?? content.timeline[0]);
  const byCapacity = !presenting && state.byCapacity;
  const lens = { day: stepDay(step), byCapacity };
  const later = isAfterArticle(step, content.timeline);
  const mapVisible = presenting ? slideVisible(slide, allIds) : state.visible;
  const onSelect = (route: string) => dispatch({ type: "select", route });
  const onHover = (route: string | null) => rawDispatch({ type: "hover", route });
  const onCameraChange = (c: Camera) => {
    if (!presenting) setCamera(c);
  };
  const closeLesson = () => {
    setLessonOpen(null);
    // A link's lesson has been offered: a reload should not offer it again.
    if (fragmentLesson(window.location.hash) !== null)
      window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}`);
  };
  /** What the map shows now, as a teacher's slide would frame it again. */
  const currentView = () => ({
    bounds: cameraRef.current?.view() ?? ([...content.view.bounds] as [number, number, number, number]),
    visible: allIds.filter((id) => mapVisible[id]),
    highlight: presenting ? slide.highlight : state.selected,
    date: presenting ? (slide.date ?? null) : state.date,
  });
  /** "Add this view as a slide": after the slide shown when presenting, else at the end. */
  const addView = (): string => {
    const id = `mine-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
    const view = currentView();
    const picked = routes.find((r) => r.id === view.highlight)?.name;
    dispatch({
      type: "add-slide",
      slide: {
        id,
        title: presenting ? `${slide.title}: my view` : picked ? `${picked}: my view` : "My view of the routes",
        caption: "",
        notes: "",
        questions: [],
        answer: "",
        ...view,
      },
      after: presenting ? slide.id : undefined,
    });
    return id;
  };

  return (
    <div className={`app ${presenting ? "is-present" : "is-explore"}`} data-storage={saved.ready ? "read" : "reading"}>
      {presenting ? null : (
        <a className="skip-link" href="#routes-heading">
          Skip to routes
        </a>
      )}
      {presenting ? (
        <Suspense fallback={<div className="present-bar" />}>
          <PresentBar deck={deck} slide={state.deck.slide} />
        </Suspense>
      ) : (
        <AppHeader
          content={content}
          step={step}
          later={later}
          menuOpen={menuOpen}
          onMenu={setMenuOpen}
          on={{
            present: () => dispatch({ type: "present" }),
            table: () => setTableOpen(true),
            slides: () => setSlideEditor({ editing: null }),
            lesson: () => setLessonOpen({ fromLink: null }),
            print: () => setPrintOpen(true),
            add: () => setImporting({ file: null }),
            export: () => setExportOpen(true),
            sources: () => setSourcesOpen(true),
          }}
        />
      )}
      {notice && (
        <p className="notice" role="alert">
          {notice}{" "}
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
      {saved.problem && !presenting && (
        <p className="notice storage-notice" role="alert" data-testid="storage-notice">
          {saved.problem}{" "}
          <button type="button" onClick={() => setExportOpen(true)}>
            Export
          </button>{" "}
          <button type="button" onClick={saved.dismiss}>
            Dismiss
          </button>
        </p>
      )}
      {update && !presenting && (
        <p className="notice" role="status">
          A new version of Caspian Routes is ready.{" "}
          <button type="button" onClick={update}>
            Reload now
          </button>
        </p>
      )}
      <main className="layout">
        {presenting ? null : (
          // Focusable so keyboard users can scroll a long detail with the arrow keys.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          <aside className="panel" aria-label="Routes and details" tabIndex={0}>
            <RouteList routes={routes} state={state} dispatch={dispatch} />
            {selectedRoute ? (
              <RouteDetail
                key={selectedRoute.id}
                route={selectedRoute}
                content={content}
                data={data}
                step={step}
                note={state.notes[selectedRoute.id]}
                saveState={saved.saveState}
                dispatch={dispatch}
                onClose={() => dispatch({ type: "select", route: null })}
              />
            ) : selectedUserRoute ? (
              <UserRouteDetail
                key={selectedUserRoute.id}
                route={selectedUserRoute}
                content={content}
                note={state.notes[selectedUserRoute.id]}
                saveState={saved.saveState}
                dispatch={dispatch}
                onEditLine={
                  draw.drawing
                    ? undefined
                    : () => {
                        setAnnouncement(`Editing the line of ${selectedUserRoute.name}`);
                        void draw.start(selectedUserRoute.id);
                      }
                }
                onClose={() => dispatch({ type: "select", route: null })}
              />
            ) : (
              <p className="hint">
                Choose a route, or click a line on the map, to see the obstacle the article names and what happened
                next. Keys 1–{Math.min(9, routes.length)} show or hide the routes; P presents the slides. Add your own
                route with “Add a route”; shape and share the lesson with “Slides” and “Lesson”.
              </p>
            )}
          </aside>
        )}
        <div className="map-area">
          {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; the keyboard way is the "Add a route" button */}
          <div
            className="map-stage"
            onDragOver={(e) => {
              if (presenting || !e.dataTransfer.types.includes("Files")) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = "copy";
            }}
            onDrop={(e) => {
              const file = e.dataTransfer.files[0];
              if (presenting || !file) return;
              e.preventDefault();
              setImporting({ file });
            }}
          >
            <MapView
              ref={cameraRef}
              data={data}
              content={content}
              visible={mapVisible}
              lens={lens}
              userRoutes={state.userRoutes}
              selected={presenting ? slide.highlight : state.selected}
              hovered={presenting ? null : state.hovered}
              interactive={!presenting}
              emphasis={emphasis}
              initialCamera={presenting ? null : initialUrl.camera}
              onCameraChange={onCameraChange}
              onSelect={onSelect}
              onHover={onHover}
            />
            {draw.drawing && (
              <DrawBar
                editing={draw.drawing.name}
                ready={draw.drawing.ready}
                points={draw.drawing.points}
                onFinish={draw.finish}
                onUndo={draw.undo}
                onRedo={draw.redo}
                onCancel={draw.cancel}
                onList={
                  draw.drawing.route
                    ? undefined
                    : () => {
                        draw.stop();
                        setBuilding(true);
                      }
                }
              />
            )}
            {later && (
              <LaterBanner
                step={step}
                article={content.timeline[0]}
                onBack={presenting ? undefined : () => dispatch({ type: "set-date", date: content.timeline[0].id })}
              />
            )}
            {presenting ? null : (
              <Legend content={content} data={data} routes={routes} step={step} byCapacity={byCapacity} />
            )}
          </div>
          {presenting ? null : (
            <TimeControl
              content={content}
              todayYear={todayYear}
              step={step}
              byCapacity={state.byCapacity}
              dispatch={dispatch}
            />
          )}
        </div>
        {presenting ? (
          <Suspense fallback={<div className="present-panel" />}>
            <PresentPanel
              content={content}
              data={data}
              deck={deck}
              routes={routes}
              slide={state.deck.slide}
              step={state.deck.step}
              dispatch={dispatch}
              onPresenterView={openPresenterView}
              onFullscreen={toggleFullscreen}
              onEditSlides={() => setSlideEditor({ editing: null })}
            />
          </Suspense>
        ) : null}
      </main>
      {presenting && state.blank && (
        <div className="blank-screen" data-testid="blank-screen">
          <span className="visually-hidden">Screen blanked. Press B to show it again.</span>
        </div>
      )}
      {tableOpen && (
        <Suspense fallback={null}>
          <RoutesTable
            content={content}
            data={data}
            step={step}
            userRoutes={state.userRoutes}
            onClose={() => setTableOpen(false)}
          />
        </Suspense>
      )}
      {sourcesOpen && (
        <Suspense fallback={null}>
          <SourcesView content={content} factsUrl={factsHref()} onClose={() => setSourcesOpen(false)} />
        </Suspense>
      )}
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog
            content={content}
            takenIds={allIds}
            usedColours={state.userRoutes.map((r) => r.colour.toLowerCase())}
            basemapUrl={basemapUrl()}
            initialFile={importing.file}
            drawn={importing.drawn}
            onDraw={() => {
              setImporting(null);
              setAnnouncement("Drawing a route: click the map to place points");
              void draw.start(null);
            }}
            onBuild={() => {
              setImporting(null);
              setBuilding(true);
            }}
            onAdd={(added, notes, message, replace = []) => {
              for (const id of replace) dispatch({ type: "remove-user-route", id });
              if (added.length > 0) dispatch({ type: "add-user-routes", routes: added });
              const fromFile = notesFromFile(stateRef.current.notes, notes, new Set(replace));
              for (const [route, note] of fromFile.apply) dispatch({ type: "set-note", route, note });
              const said = [message, fromFile.message].filter(Boolean).join(" ") || "Nothing new in the file.";
              setAnnouncement(said);
              setNotice(said);
              setImporting(null);
            }}
            onClose={() => setImporting(null)}
          />
        </Suspense>
      )}
      {exportOpen && (
        <Suspense fallback={null}>
          <ExportDialog
            content={content}
            data={data}
            userRoutes={state.userRoutes}
            notes={state.notes}
            lesson={lessonHere()}
            mapCanvas={() => cameraRef.current?.picture() ?? Promise.resolve(null)}
            pictureKey={pictureKeyFor(routes, mapVisible, step, lens.day)}
            sourceLine={`After ${content.article.outlet}, “${content.article.title}”, ${content.article.date} · borders as in ${content.article.asOf} · line statuses ${statusPhrase(step)} · basemap Natural Earth · Caspian Routes`}
            references={sourcesOnMap(data, mapVisible, lens.day, lens.byCapacity).map((id) =>
              numberedReference(content, id),
            )}
            banner={later ? `Showing ${step.date === "today" ? "today" : step.label} — after the article` : null}
            damaged={saved.damaged}
            onDamagedHandled={saved.discardDamaged}
            onClose={() => setExportOpen(false)}
          />
        </Suspense>
      )}
      {slideEditor && (
        <Suspense fallback={null}>
          <SlideEditor
            content={content}
            lesson={lessonOf(state)}
            slides={state.slides}
            routes={routes}
            customised={state.deckEdits.order.length > 0 || state.deckEdits.hidden.length > 0}
            editing={slideEditor.editing}
            onAddView={addView}
            currentView={currentView}
            dispatch={dispatch}
            onClose={() => setSlideEditor(null)}
          />
        </Suspense>
      )}
      {building && (
        <Suspense fallback={null}>
          <PlaceBuilder
            places={data.places.features.map((f) => ({
              name: f.properties.name,
              at: f.geometry.coordinates as Position,
            }))}
            onDone={(line) => {
              setBuilding(false);
              draw.addLine(line);
            }}
            onClose={() => setBuilding(false)}
          />
        </Suspense>
      )}
      {lessonOpen && (
        <Suspense fallback={null}>
          <LessonDialog
            lesson={{ routes: state.userRoutes, notes: state.notes, slides: state.slides, deck: state.deckEdits }}
            builtIn={routeIds}
            fromLink={lessonOpen.fromLink}
            offered={lessonOpen.offered}
            onOpen={(lesson, message) => {
              openLesson(lesson, message);
              closeLesson();
            }}
            onClose={closeLesson}
          />
        </Suspense>
      )}
      {printOpen && (
        <Suspense fallback={null}>
          <PrintDialog progress={printing} onPrint={startPrint} onClose={() => setPrintOpen(false)} />
        </Suspense>
      )}
      {printing && (
        <Suspense fallback={null}>
          <Handout
            key={printing.run}
            kind={printing.kind}
            content={content}
            data={data}
            basemapUrl={basemapUrl()}
            deck={deck}
            userRoutes={state.userRoutes}
            onProgress={onPrintProgress}
            onReady={onPrintReady}
            onFailed={onPrintFailed}
          />
        </Suspense>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
