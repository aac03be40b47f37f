import type { Map as MapLibreMap } from "maplibre-gl";
import {
  type SnapToCustom,
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawModeUndoRedo,
  TerraDrawSelectMode,
  TerraDrawSessionUndoRedo,
  TerraDrawUndoRedoKeyboardShortcuts,
} from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";

/**
 * Drawing a route on the map, with Terra Draw (kept, tested with MapLibre 6.17): click to place
 * points, named places snap, drag a point to move it, click a segment's midpoint to insert one,
 * Backspace removes the last point, Ctrl+Z / Ctrl+Shift+Z undo and redo. Enter, a double-click
 * or a click on the last point finishes. Loaded only when a teacher draws (about 35 kB gzip).
 */
export type Position = [number, number];

export type DrawOptions = {
  /** Named places a click snaps to (within SNAP_PX). */
  snapTo: readonly Position[];
  /** Lines to edit (an existing route); absent: draw a new line. */
  initial?: readonly Position[][];
  /** Points on the line being drawn, after every change. */
  onPoints(points: number): void;
  /** The finished lines, each at least two points. */
  onFinish(lines: Position[][]): void;
};

export type DrawSession = {
  finish(): void;
  undo(): void;
  redo(): void;
  /** Removes everything drawn and leaves the map as it was. */
  stop(): void;
};

/** How near a named place a click must be to land on it, in CSS pixels. */
const SNAP_PX = 12;
/** A click this near the last point finishes the line (Terra Draw's default, 40 px, swallows short segments). */
const FINISH_PX = 8;
const LINE_COLOUR = "#c2410c";

/** Positions rounded to ~1 m (6 decimals): a click has no more precision than that. */
const round = (line: readonly number[][]): Position[] =>
  line.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);

export function startDrawing(map: MapLibreMap, options: DrawOptions): DrawSession {
  const toCustom: SnapToCustom = (event, ctx) => {
    let best: Position | undefined;
    let bestD = SNAP_PX;
    for (const t of options.snapTo) {
      const p = ctx.project(t[0], t[1]);
      const d = Math.hypot(p.x - event.containerX, p.y - event.containerY);
      if (d <= bestD) {
        bestD = d;
        best = t;
      }
    }
    return best;
  };
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawLineStringMode({
        snapping: { toCustom },
        pointerDistance: FINISH_PX,
        // Escape is the app's (it cancels the whole drawing and says so); Enter finishes.
        keyEvents: { cancel: null, finish: "Enter" },
        styles: { lineStringColor: LINE_COLOUR, lineStringWidth: 4, closingPointColor: LINE_COLOUR },
      }),
      new TerraDrawSelectMode({
        pointerDistance: FINISH_PX * 2,
        keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
        flags: {
          linestring: {
            feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: true } },
          },
        },
        styles: { selectedLineStringColor: LINE_COLOUR, selectedLineStringWidth: 4 },
      }),
    ],
    undoRedo: {
      modeLevel: new TerraDrawModeUndoRedo(),
      sessionLevel: new TerraDrawSessionUndoRedo(),
      keyboardShortcuts: new TerraDrawUndoRedoKeyboardShortcuts({
        undo: [
          { key: "Backspace", heldKeys: [] },
          { key: "z", heldKeys: ["control"] },
          { key: "z", heldKeys: ["meta"] },
        ],
        redo: [
          { key: "z", heldKeys: ["control", "shift"] },
          { key: "z", heldKeys: ["meta", "shift"] },
        ],
      }),
    },
  });
  let stopped = false;
  const lines = (): Position[][] =>
    draw
      .getSnapshot()
      .filter((f) => f.geometry.type === "LineString" && !f.properties.currentlyDrawing)
      .map((f) => round(f.geometry.coordinates as number[][]))
      .filter((l) => l.length >= 2);
  const drawingPoints = () => {
    const current = draw.getSnapshot().find((f) => f.geometry.type === "LineString");
    // While drawing, the last position follows the pointer: it is not a placed point yet.
    if (!current) return 0;
    const n = (current.geometry.coordinates as unknown[]).length;
    return current.properties.currentlyDrawing ? n - 1 : n;
  };
  const done = () => {
    if (stopped) return;
    const got = lines();
    stop();
    options.onFinish(got);
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    // Leaving a drawing mode first gives the map back its double-click zoom.
    draw.setMode("static");
    draw.stop();
  };
  draw.on("change", () => {
    if (!stopped) options.onPoints(options.initial ? lines().reduce((n, l) => n + l.length, 0) : drawingPoints());
  });
  draw.on("finish", (_id, ctx) => {
    // A new line is done when Terra Draw finishes drawing it; an edit, only when the teacher says.
    if (!options.initial && ctx.mode === "linestring" && ctx.action === "draw") done();
  });
  draw.start();
  if (options.initial) {
    draw.addFeatures(
      options.initial.map((coordinates) => ({
        type: "Feature" as const,
        geometry: { type: "LineString" as const, coordinates: coordinates.map((p) => [...p]) },
        properties: { mode: "linestring" },
      })),
    );
    draw.setMode("select");
    const first = draw.getSnapshot()[0];
    if (first?.id !== undefined) draw.selectFeature(first.id);
    options.onPoints(lines().reduce((n, l) => n + l.length, 0));
  } else draw.setMode("linestring");
  return {
    finish: () => {
      // Enter, as Terra Draw reads it, finishes a line being drawn; a button press does the same.
      if (!options.initial && drawingPoints() >= 2) {
        const current = draw.getSnapshot().find((f) => f.properties.currentlyDrawing);
        const coords = current ? round(current.geometry.coordinates as number[][]).slice(0, -1) : [];
        stop();
        options.onFinish(coords.length >= 2 ? [coords] : []);
        return;
      }
      done();
    },
    undo: () => draw.undo(),
    redo: () => draw.redo(),
    stop,
  };
}
