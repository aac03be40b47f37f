/// <reference lib="webworker" />

import { readLesson } from "../lesson/lesson-file";
import { type CountryShape, countriesOf, measureLines } from "./measure";
import { packLines, transferOf } from "./packed-lines";
import { type ReadResult, readGeoJson, swapLines } from "./validate";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

/**
 * Parses and measures imported files, and reads lesson files, off the main thread, so a large
 * file never freezes the page; reports progress as it goes, and keeps the lines it read until
 * they are measured.
 */
let countries: Promise<CountryShape[]> | null = null;
let held: Extract<ReadResult, { ok: true }> | null = null;

const post = (m: WorkerResponse, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  try {
    if (msg.type === "lesson") {
      post({ type: "progress", id: msg.id, stage: "checking", done: 0, total: 0 });
      post({ type: "lesson", id: msg.id, result: readLesson(new Uint8Array(msg.bytes), msg.builtIn) });
      return;
    }
    if (msg.type === "read") {
      post({ type: "progress", id: msg.id, stage: "checking", done: 0, total: 0 });
      const result = readGeoJson(new Uint8Array(msg.bytes), msg.region);
      held = result.ok ? result : null;
      post({
        type: "read",
        id: msg.id,
        summary: result.ok
          ? {
              ok: true,
              lineCount: result.lines.length,
              firstName: result.lines.find((l) => l.name)?.name ?? null,
              problems: result.problems,
              looksSwapped: result.looksSwapped,
              fromExport: result.fromExport,
            }
          : result,
      });
      return;
    }
    if (!held) throw new Error("no file has been read");
    const lines = msg.swap ? swapLines(held.lines) : held.lines;
    countries ??= fetch(msg.basemapUrl)
      .then((r) => r.json())
      .then(countriesOf);
    const shapes = await countries.catch(() => []);
    const total = lines.length;
    const measured = measureLines(lines, shapes, "line", (done) =>
      post({ type: "progress", id: msg.id, stage: "measuring", done, total }),
    );
    const packed = packLines(measured.map((m, i) => ({ ...m, hints: lines[i].hints })));
    post({ type: "measured", id: msg.id, packed }, transferOf(packed));
    held = null;
  } catch (err) {
    post({ type: "error", id: msg.id, message: String((err as Error)?.message ?? err) });
  }
};
