import { type RefObject, useCallback, useRef, useState } from "react";
import type { BuiltData, Content } from "../content/schema";
import type { DrawSession, Position } from "../map/draw";
import type { CameraHandle } from "../map/map-view";
import type { Action } from "../state/app-state";
import type { UserRoute } from "../store/user-route";

/** A line being drawn (or a route's line edited), and the points placed so far. */
export type Drawing = {
  /** The route whose line is edited; null while drawing a new one. */
  route: string | null;
  name: string | null;
  points: number;
  /** The drawing tool has started on the map (it loads on first use). */
  ready: boolean;
};

type Options = {
  camera: RefObject<CameraHandle | null>;
  content: Pick<Content, "view">;
  data: Pick<BuiltData, "places">;
  basemapUrl: () => string;
  /** The teacher's routes as they are now (read when an edit starts and ends). */
  userRoutes: () => readonly UserRoute[];
  dispatch(action: Action): void;
  /** Says something on the page and to a screen reader. */
  say(text: string): void;
  /** A new line, as a one-line GeoJSON file, for the import's own steps. */
  onDrawn(file: File): void;
};

/**
 * Drawing on the map, from start to finish: a new line goes on to the import's steps as a file;
 * an edited line is measured again in the worker (length, countries) and replaces the route's.
 * Every outcome is said in plain words, a failure too.
 */
export function useDrawing({ camera, content, data, basemapUrl, userRoutes, dispatch, say, onDrawn }: Options) {
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  const session = useRef<DrawSession | null>(null);
  const now = useRef<Drawing | null>(null);
  now.current = drawing;

  /** A built or drawn line, as a one-line GeoJSON file. */
  const addLine = useCallback(
    (line: Position[]) => {
      const text = JSON.stringify({
        type: "Feature",
        properties: {},
        geometry: { type: "LineString", coordinates: line },
      });
      onDrawn(new File([text], "Drawn on the map", { type: "application/geo+json" }));
    },
    [onDrawn],
  );

  const replaceLines = useCallback(
    async (route: UserRoute, lines: Position[][]) => {
      const { readInWorker, measureInWorker } = await import("../import/import-client");
      const text = JSON.stringify({
        type: "FeatureCollection",
        features: lines.map((coordinates, i) => ({
          type: "Feature",
          properties: { name: route.lines[i]?.name ?? null },
          geometry: { type: "LineString", coordinates },
        })),
      });
      const read = await readInWorker(new TextEncoder().encode(text).buffer as ArrayBuffer, content.view.maxBounds);
      if (!read.ok) {
        say(`The line of ${route.name} could not be changed (${read.message}), so it is as it was.`);
        return;
      }
      const measured = await measureInWorker(false, basemapUrl());
      const { boundsOf } = await import("../import/measure");
      const newLines = measured.map(({ hints: _, ...l }, i) => ({ ...l, id: `${route.id}-${i + 1}` }));
      dispatch({ type: "update-user-route", id: route.id, patch: { lines: newLines, bounds: boundsOf(newLines) } });
      const km = Math.round(newLines.reduce((n, l) => n + l.drawnKm, 0));
      say(`The line of ${route.name} was changed: it is now ${km.toLocaleString("en-GB")} km long.`);
    },
    [content.view.maxBounds, basemapUrl, dispatch, say],
  );

  /** Starts drawing a new line (route null) or editing a route's line. */
  const start = useCallback(
    async (route: string | null) => {
      const edit = route ? userRoutes().find((r) => r.id === route) : undefined;
      setDrawing({ route: edit?.id ?? null, name: edit?.name ?? null, points: 0, ready: false });
      const started = await camera.current?.draw({
        snapTo: data.places.features.map((f) => f.geometry.coordinates as Position),
        initial: edit?.lines.map((l) => l.coordinates as Position[]),
        onPoints: (points) => setDrawing((d) => d && { ...d, points }),
        onFinish: (lines) => {
          session.current = null;
          setDrawing(null);
          if (lines.length === 0) say("Nothing was drawn: a route needs at least two points.");
          else if (!edit) addLine(lines[0]);
          else
            void replaceLines(edit, lines).catch((e: unknown) =>
              say(
                `The line of ${edit.name} could not be measured again (${String((e as Error)?.message ?? e).slice(0, 120)}), so it is as it was.`,
              ),
            );
        },
      });
      if (!started) {
        setDrawing(null);
        say(
          "Drawing needs the live map, which could not start in this browser. Build the route from a list of places instead (Add a route).",
        );
        return;
      }
      session.current = started;
      setDrawing((d) => d && { ...d, ready: true });
    },
    [camera, data.places, userRoutes, addLine, replaceLines, say],
  );

  /** Stops drawing without a word (the teacher switched to the list of places). */
  const stop = useCallback(() => {
    session.current?.stop();
    session.current = null;
    setDrawing(null);
  }, []);

  /** Escape or Cancel: nothing is added or changed, and it says so. */
  const cancel = useCallback(() => {
    const was = now.current;
    stop();
    say(
      was?.name ? `Editing cancelled: the line of ${was.name} is as it was.` : "Drawing cancelled: nothing was added.",
    );
  }, [stop, say]);

  return {
    drawing,
    /** Whether a drawing is under way now (for key handlers that are not rebuilt). */
    isDrawing: () => now.current !== null,
    start,
    stop,
    cancel,
    finish: () => session.current?.finish(),
    undo: () => session.current?.undo(),
    redo: () => session.current?.redo(),
    addLine,
  };
}
