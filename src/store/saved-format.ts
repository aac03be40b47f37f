import type { Note, Saved, UserRoute } from "./user-route";

/**
 * Version 2 of what is kept in browser storage: one small record ("current") with the notes,
 * each with the time it was last changed, and the ids of the imported routes, each route in a
 * record of its own, so typing a note never rewrites megabytes of coordinates. Kept apart from
 * the schemas so that saving, and a first visit with nothing saved, need no validation code.
 */
export const SAVED_VERSION = 2;

/** The main record written to storage (routes go in records of their own). */
export function toSaved(saved: Saved): { version: number; routes: string[]; notes: Record<string, Note> } {
  return { version: SAVED_VERSION, routes: saved.routes.map((r: UserRoute) => r.id), notes: saved.notes };
}
