import type { Note, UserRoute } from "./user-route";

/**
 * Two tabs of the app share one store. Each tab keeps the snapshot it last read or wrote (its
 * base); what differs between the base and the tab's state is the tab's own change, and only
 * that is written, merged into what storage holds at that moment. So a tab opened earlier never
 * writes its stale copy of another tab's routes or notes over them: it never changed them.
 */
export type Snapshot = { routes: readonly UserRoute[]; notes: Readonly<Record<string, Note>> };

/** What one tab changed: routes added or edited, routes removed, notes set (null: removed). */
export type Changes = { routes: UserRoute[]; removed: string[]; notes: [string, Note | null][] };

export const EMPTY: Snapshot = { routes: [], notes: {} };

const own = (o: object, key: string) => Object.hasOwn(o, key);

/** This tab's own changes since `base` (objects are compared by identity: edits make new ones). */
export function changesSince(base: Snapshot, local: Snapshot): Changes {
  const before = new Map(base.routes.map((r) => [r.id, r]));
  const now = new Set(local.routes.map((r) => r.id));
  const notes: [string, Note | null][] = [];
  for (const [k, v] of Object.entries(local.notes)) if (!own(base.notes, k) || base.notes[k] !== v) notes.push([k, v]);
  for (const k of Object.keys(base.notes)) if (!own(local.notes, k)) notes.push([k, null]);
  return {
    routes: local.routes.filter((r) => before.get(r.id) !== r),
    removed: [...before.keys()].filter((id) => !now.has(id)),
    notes,
  };
}

export const isNoChange = (c: Changes) => c.routes.length === 0 && c.removed.length === 0 && c.notes.length === 0;

/**
 * The main record's route ids and notes after `changes`, starting from what storage holds now
 * (which another tab may have changed): its routes keep their order, new ones go last.
 */
export function applyChanges(
  stored: { ids: readonly string[]; notes: Readonly<Record<string, unknown>> },
  changes: Changes,
): { ids: string[]; notes: Record<string, unknown> } {
  const gone = new Set(changes.removed);
  const ids = stored.ids.filter((id) => !gone.has(id));
  for (const r of changes.routes) if (!ids.includes(r.id)) ids.push(r.id);
  // A Map, then fromEntries: a key such as "__proto__" stays a key, never a prototype.
  const notes = new Map(Object.entries(stored.notes));
  for (const [k, v] of changes.notes) {
    if (v === null) notes.delete(k);
    else notes.set(k, v);
  }
  return { ids, notes: Object.fromEntries(notes) };
}

/**
 * What this tab should show after another tab saved: storage's routes and notes, except where
 * this tab has a change of its own not yet written, which it keeps (and writes next).
 */
export function adoptRemote(base: Snapshot, local: Snapshot, remote: Snapshot): Snapshot {
  const pending = changesSince(base, local);
  const edited = new Map(pending.routes.map((r) => [r.id, r]));
  const removed = new Set(pending.removed);
  const routes = remote.routes.filter((r) => !removed.has(r.id)).map((r) => edited.get(r.id) ?? r);
  for (const r of pending.routes) if (!routes.some((x) => x.id === r.id)) routes.push(r);
  const notes = new Map(Object.entries(remote.notes));
  for (const [k, v] of pending.notes) {
    if (v === null) notes.delete(k);
    else notes.set(k, v);
  }
  return { routes, notes: Object.fromEntries(notes) };
}
