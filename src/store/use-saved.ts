import { useCallback, useEffect, useRef, useState } from "react";
import { MAP_IDLE_EVENT } from "../map/map-view";
import type { Action, AppState } from "../state/app-state";
import { adoptRemote, changesSince, EMPTY, isNoChange, type Snapshot } from "./merge";
import { reportWork } from "./work-registry";

/** How long to wait for the map's first complete draw before reading storage anyway, in ms. */
const READ_AFTER_MS = 1500;
/** Typing pauses this long before a write, in ms (a closing tab writes at once). */
const WRITE_AFTER_MS = 250;

type Persist = typeof import("./persist");

/**
 * Keeps the teacher's routes and notes in browser storage. Storage is read once the map has
 * drawn (so the first view is not slowed), and written after each change, never before what was
 * saved has been read; a tab being closed or hidden writes at once. Each write carries only
 * this tab's changes (see merge.ts); when another tab saves, this one reads storage again.
 * Problems come back as plain words for the page to show.
 */
export function useSaved(
  state: Pick<AppState, "userRoutes" | "notes" | "slides" | "deckEdits">,
  dispatch: (a: Action) => void,
) {
  const [loaded, setLoaded] = useState(false);
  const [saveState, setSaveState] = useState("Your notes are kept in this browser.");
  const [problem, setProblem] = useState<string | null>(null);
  // Copies of damaged data, by storage key, until the teacher downloads or discards them.
  const [damaged, setDamaged] = useState<Record<string, unknown> | null>(null);
  const persist = useRef<Persist | null>(null);
  // Data from a newer version is left alone: nothing is written over it.
  const readOnly = useRef(false);
  // What storage held when this tab last read or wrote it; the state's difference from it is
  // this tab's own change.
  const base = useRef<Snapshot>(EMPTY);
  const snapshotOf = (s: typeof state): Snapshot => ({
    routes: s.userRoutes,
    notes: s.notes,
    slides: s.slides,
    deck: s.deckEdits,
  });
  const local = useRef<Snapshot>(snapshotOf(state));
  local.current = snapshotOf(state);
  const timer = useRef<number | undefined>(undefined);
  // Whether storage holds everything (false while storage fails, or cannot be used at all).
  const storedAll = useRef(true);

  /** Tells the error screen the work, and whether a reload would bring all of it back. */
  const writeRef = useRef(() => {});
  const report = useCallback(
    () =>
      reportWork(
        {
          ...local.current,
          saved: storedAll.current && !readOnly.current && isNoChange(changesSince(base.current, local.current)),
        },
        () => writeRef.current(),
      ),
    [],
  );

  /** Writes this tab's unwritten changes now. Writes are merges, so repeating one is harmless. */
  const writeNow = useCallback(() => {
    window.clearTimeout(timer.current);
    const m = persist.current;
    if (!m || readOnly.current) return;
    const snapshot = local.current;
    const changes = changesSince(base.current, snapshot);
    if (isNoChange(changes)) return;
    void m.save(changes).then((failure) => {
      // The page was being left and wrote these changes itself (base already moved on).
      if (failure?.kind === "superseded") return;
      storedAll.current = !failure;
      if (!failure) base.current = snapshot;
      // The journal now holds only what was changed since this write began (often nothing).
      m.journal(changesSince(base.current, local.current));
      report();
      if (!failure) {
        setSaveState("Saved in this browser.");
        setProblem((p) => (p?.includes("last change") ? null : p));
        return;
      }
      if (failure.kind === "newer") readOnly.current = true;
      setSaveState("Not saved: see the message at the top of the page.");
      setProblem(failure.message);
    });
  }, [report]);

  /** Storage's routes and notes into the page, keeping this tab's unwritten changes. */
  const adopt = useCallback(
    (remote: Snapshot) => {
      const merged = adoptRemote(base.current, local.current, remote);
      base.current = remote;
      // Nothing new (a first visit, or this tab's own save echoed): leave the state as it is.
      if (isNoChange(changesSince(local.current, merged)) && merged.routes.length === local.current.routes.length)
        return;
      dispatch({
        type: "stored",
        routes: [...merged.routes],
        notes: { ...merged.notes },
        slides: { ...merged.slides },
        deckEdits: merged.deck,
      });
    },
    [dispatch],
  );

  useEffect(() => {
    let live = true;
    let started = false;
    let unsubscribe = () => {};
    const start = () => {
      if (started) return;
      started = true;
      import("./persist")
        .then(async (m) => {
          persist.current = m;
          const got = await m.loadSaved();
          if (!live) return;
          if (got.newer) {
            readOnly.current = true;
            setSaveState("Not saved: this browser holds data from a newer version.");
            setProblem(got.problems.join(" "));
          } else adopt(got);
          const copies = Object.keys(got.damagedCopies).length > 0 ? got.damagedCopies : null;
          setDamaged(copies);
          if (got.unavailable) {
            storedAll.current = false;
            setProblem(got.unavailable);
          } else if (got.problems.length > 0 && !got.newer)
            setProblem(
              `Some of what this browser saved could not be read: ${got.problems.join(" ")} Everything else is back. A copy of the damaged data is kept: download it from Export.`,
            );
          else if (copies)
            setProblem(
              "Data this browser could not read on an earlier visit is still kept. Download it, or discard it, from Export.",
            );
          unsubscribe = m.onSavedElsewhere(() => {
            if (readOnly.current) return;
            void m.loadSaved(false).then((again) => {
              if (live && !again.unavailable && !again.newer) adopt(again);
            });
          });
          setLoaded(true);
        })
        .catch(() => {
          if (live) setProblem("Saved routes and notes could not be read in this browser.");
        });
    };
    window.addEventListener(MAP_IDLE_EVENT, start, { once: true });
    const readTimer = window.setTimeout(start, READ_AFTER_MS);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener(MAP_IDLE_EVENT, start);
      window.clearTimeout(readTimer);
    };
  }, [adopt]);

  // The error screen reads this after every render and write.
  useEffect(report);

  writeRef.current = writeNow;

  const { userRoutes, notes, slides, deckEdits } = state;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change to the lesson is what schedules a write (read through `local`)
  useEffect(() => {
    if (!loaded) return;
    if (!readOnly.current) persist.current?.journal(changesSince(base.current, local.current));
    timer.current = window.setTimeout(writeNow, WRITE_AFTER_MS);
    return () => window.clearTimeout(timer.current);
  }, [userRoutes, notes, slides, deckEdits, loaded, writeNow]);

  // A tab closed or put away mid-pause still writes what was typed. A page being left cannot
  // wait for the read a merge needs, so it writes blind, to be merged on the next read.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") writeNow();
    };
    const onLeave = () => {
      window.clearTimeout(timer.current);
      const m = persist.current;
      if (!m || readOnly.current) return;
      const snapshot = local.current;
      const changes = changesSince(base.current, snapshot);
      if (isNoChange(changes)) return;
      if (m.saveBeforeLeaving(changes)) base.current = snapshot;
      else writeNow();
    };
    window.addEventListener("pagehide", onLeave);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", onLeave);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [writeNow]);

  const discardDamaged = useCallback(() => {
    const keys = Object.keys(damaged ?? {});
    setDamaged(null);
    setProblem((p) => (p?.includes("damaged data") || p?.includes("could not read") ? null : p));
    void persist.current?.discardDamaged(keys);
  }, [damaged]);

  return { saveState, problem, damaged, discardDamaged, dismiss: () => setProblem(null), ready: loaded };
}
