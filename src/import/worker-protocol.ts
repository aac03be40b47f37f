import type { LessonRead } from "../lesson/lesson-file";
import type { UserLine } from "../store/user-route";
import type { PackedLines } from "./packed-lines";
import type { Problem, RouteHints } from "./validate";

/**
 * Messages between the page and the import worker. The worker keeps the lines it read; the
 * page gets a summary (the coordinates cross only once, measured, when the route is made).
 */
export type WorkerRequest =
  | { type: "read"; id: number; bytes: ArrayBuffer; region: readonly number[] }
  /** A lesson file, read and checked whole (src/lesson/lesson-file.ts). */
  | { type: "lesson"; id: number; bytes: ArrayBuffer; builtIn: readonly string[] }
  | { type: "measure"; id: number; swap: boolean; basemapUrl: string };

export type ReadSummary =
  | { ok: false; message: string; problems: Problem[] }
  | {
      ok: true;
      lineCount: number;
      /** The first line's name from the file, if any. */
      firstName: string | null;
      problems: Problem[];
      looksSwapped: boolean;
      fromExport: boolean;
    };

export type MeasuredLine = UserLine & { hints: RouteHints | null };

export type WorkerResponse =
  | { type: "progress"; id: number; stage: "checking" | "measuring"; done: number; total: number }
  | { type: "read"; id: number; summary: ReadSummary }
  | { type: "lesson"; id: number; result: LessonRead }
  | { type: "measured"; id: number; packed: PackedLines }
  | { type: "error"; id: number; message: string };
