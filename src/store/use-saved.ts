import { useEffect, useRef, useState } from "react";
import { MAP_IDLE_EVENT } from "../map/map-view";
import type { Action, AppState } from "../state/app-state";

/** How long to wait for the map's first complete draw before reading storage anyway, in ms. */
const READ_AFTER_MS = 1500;

type Persist = typeof import("./persist");

/**
 * Keeps the teacher's routes and notes in browser storage. Storage is read once the map has
 * drawn (so the first view is not slowed), and written after each change, never before what was
 * saved has been read. Problems come back as plain words for the page to show.
 */
export function useSaved(state: Pick<AppState, "userRoutes" | "notes">, dispatch: (a: Action) => void) {
  const [loaded, setLoaded] = useState(false);
  const [saveState, setSaveState] = useState("Your notes are kept in this browser.");
  const [problem, setProblem] = useState<string | null>(null);
  const [damaged, setDamaged] = useState<unknown>(undefined);
  // Data from a newer version is left alone: nothing is written over it.
  const [readOnly, setReadOnly] = useState(false);
  const persist = useRef<Persist | null>(null);
  // The routes as last written (null: nothing written yet, so every route is written).
  const written = useRef<AppState["userRoutes"] | null>(null);
  // True until the first change after reading: what was just read is not written back (a page
  // that only loaded must not overwrite what another tab or version saved meanwhile).
  const unchanged = useRef(false);

  useEffect(() => {
    let live = true;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      import("./persist")
        .then(async (m) => {
          persist.current = m;
          const got = await m.loadSaved();
          if (!live) return;
          if (got.routes.length > 0 || Object.keys(got.notes).length > 0)
            dispatch({ type: "load-saved", routes: got.routes, notes: got.notes });
          // Routes read back whole are on disk already; damaged ones are rewritten clean.
          if (!got.damaged) written.current = got.routes;
          // Damaged data is rewritten clean at once; whole data needs no write until it changes.
          unchanged.current = !got.damaged;
          if (got.unavailable) setProblem(got.unavailable);
          else if (got.newer) {
            setReadOnly(true);
            setSaveState("Not saved: this browser holds data from a newer version.");
            setProblem(got.problems.join(" "));
          } else if (got.problems.length > 0) {
            setProblem(
              `Some of what this browser saved could not be read: ${got.problems.join(" ")} Everything else is back. A copy of the damaged data is kept: download it from Export.`,
            );
            setDamaged(got.raw);
          }
          setLoaded(true);
        })
        .catch(() => {
          if (live) setProblem("Saved routes and notes could not be read in this browser.");
        });
    };
    window.addEventListener(MAP_IDLE_EVENT, start, { once: true });
    const timer = window.setTimeout(start, READ_AFTER_MS);
    return () => {
      live = false;
      window.removeEventListener(MAP_IDLE_EVENT, start);
      window.clearTimeout(timer);
    };
  }, [dispatch]);

  const { userRoutes, notes } = state;
  useEffect(() => {
    const m = persist.current;
    if (!loaded || !m || readOnly) return;
    if (unchanged.current) {
      unchanged.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      void m.save({ routes: userRoutes, notes }, written.current).then((failure) => {
        if (!failure) written.current = userRoutes;
        if (failure) {
          setSaveState("Not saved: see the message at the top of the page.");
          setProblem(failure.message);
        } else {
          setSaveState("Saved in this browser.");
          setProblem((p) => (p?.includes("last change") ? null : p));
        }
      });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [userRoutes, notes, loaded, readOnly]);

  return { saveState, problem, damaged, dismiss: () => setProblem(null) };
}
