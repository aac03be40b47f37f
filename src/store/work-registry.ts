import { EMPTY, type Snapshot } from "./merge";

/**
 * The teacher's routes and notes as the page last knew them, and whether storage holds all of
 * them: what the error screen needs to tell the truth ("reloading keeps your work" only when it
 * does) and to offer the work for download when it does not. Filled in by useSaved.
 */
type Work = Snapshot & { saved: boolean };

let work: Work = { ...EMPTY, saved: true };
let flush: () => void = () => undefined;

export function reportWork(next: Work, flushNow: () => void): void {
  work = next;
  flush = flushNow;
}

export const lastWork = (): Work => work;

/** Writes what is pending now (the page is about to show the error screen). */
export const flushWork = (): void => flush();

export const hasWork = (w: Snapshot): boolean =>
  w.routes.length > 0 || Object.keys(w.notes).length > 0 || Object.keys(w.slides).length > 0;
