import type { LessonRead } from "../lesson/lesson-file";
import { startImportWorker } from "../platform/assets";
import { unpackLines } from "./packed-lines";
import type { MeasuredLine, ReadSummary, WorkerRequest, WorkerResponse } from "./worker-protocol";

/** A request without its id (which call() adds), kept as a union. */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, "id"> : never) : never;

type Progress = (p: { stage: "checking" | "measuring"; done: number; total: number }) => void;

let worker: Worker | null = null;
let nextId = 1;

function call<T>(
  request: Request,
  onProgress: Progress | undefined,
  pick: (r: WorkerResponse) => T | undefined,
  transfer: Transferable[] = [],
): Promise<T> {
  worker ??= startImportWorker();
  const w = worker;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const onMessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === "progress") {
        onProgress?.(m);
        return;
      }
      w.removeEventListener("message", onMessage);
      if (m.type === "error") reject(new Error(m.message));
      else {
        const value = pick(m);
        if (value === undefined) reject(new Error("unexpected reply from the import worker"));
        else resolve(value);
      }
    };
    w.addEventListener("message", onMessage);
    w.postMessage({ ...request, id } as WorkerRequest, transfer);
  });
}

/** Checks a file's bytes in the worker (which keeps the lines it read). */
export function readInWorker(
  bytes: ArrayBuffer,
  region: readonly number[],
  onProgress?: Progress,
): Promise<ReadSummary> {
  return call({ type: "read", bytes, region }, onProgress, (m) => (m.type === "read" ? m.summary : undefined), [bytes]);
}

/**
 * Measures the lines last read (length, countries crossed), swapped first if asked. The
 * positions come back packed and are rebuilt a slice at a time, so the page never freezes.
 */
export async function measureInWorker(
  swap: boolean,
  basemapUrl: string,
  onProgress?: Progress,
): Promise<MeasuredLine[]> {
  const packed = await call({ type: "measure", swap, basemapUrl }, onProgress, (m) =>
    m.type === "measured" ? m.packed : undefined,
  );
  return unpackLines(packed);
}

/** Reads and checks a lesson file in the worker. */
export function readLessonInWorker(bytes: ArrayBuffer, builtIn: readonly string[]): Promise<LessonRead> {
  return call({ type: "lesson", bytes, builtIn }, undefined, (m) => (m.type === "lesson" ? m.result : undefined), [
    bytes,
  ]);
}
