import type { DeckEdits, Note, TeacherSlide, UserRoute } from "./user-route";

/**
 * Two tabs of the app share one store. Each tab keeps the snapshot it last read or wrote (its
 * base); what differs between the base and the tab's state is the tab's own change, and only
 * that is written, merged into what storage holds at that moment. So a tab opened earlier never
 * writes its stale copy of another tab's routes, notes or slides over them: it never changed them.
 */
export type Snapshot = {
  routes: readonly UserRoute[];
  notes: Readonly<Record<string, Note>>;
  slides: Readonly<Record<string, TeacherSlide>>;
  deck: DeckEdits;
};

/**
 * What one tab changed: routes added or edited, routes removed, notes and slides set (null:
 * removed), and the deck's order and hidden slides (null: unchanged; the latest write wins).
 */
export type Changes = {
  routes: UserRoute[];
  removed: string[];
  notes: [string, Note | null][];
  slides: [string, TeacherSlide | null][];
  deck: DeckEdits | null;
};

export const EMPTY: Snapshot = { routes: [], notes: {}, slides: {}, deck: { order: [], hidden: [] } };

const own = (o: object, key: string) => Object.hasOwn(o, key);

/** Entries of `local` set or changed since `base`, and those removed (null). By identity. */
function recordChanges<T>(base: Readonly<Record<string, T>>, local: Readonly<Record<string, T>>): [string, T | null][] {
  const out: [string, T | null][] = [];
  for (const [k, v] of Object.entries(local)) if (!own(base, k) || base[k] !== v) out.push([k, v]);
  for (const k of Object.keys(base)) if (!own(local, k)) out.push([k, null]);
  return out;
}

/** A record with changes applied; a Map, then fromEntries, so "__proto__" stays a key. */
function applyRecord<T>(
  stored: Readonly<Record<string, T>>,
  changes: readonly [string, T | null][],
): Record<string, T> {
  const out = new Map(Object.entries(stored));
  for (const [k, v] of changes) {
    if (v === null) out.delete(k);
    else out.set(k, v);
  }
  return Object.fromEntries(out);
}

/** This tab's own changes since `base` (objects are compared by identity: edits make new ones). */
export function changesSince(base: Snapshot, local: Snapshot): Changes {
  const before = new Map(base.routes.map((r) => [r.id, r]));
  const now = new Set(local.routes.map((r) => r.id));
  return {
    routes: local.routes.filter((r) => before.get(r.id) !== r),
    removed: [...before.keys()].filter((id) => !now.has(id)),
    notes: recordChanges(base.notes, local.notes),
    slides: recordChanges(base.slides, local.slides),
    deck: sameEdits(base.deck, local.deck) ? null : local.deck,
  };
}

/** Deck edits compared by value: they are small, and a read from storage makes new objects. */
export function sameEdits(a: DeckEdits, b: DeckEdits): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a === b || (same(a.order, b.order) && same(a.hidden, b.hidden));
}

export const isNoChange = (c: Changes) =>
  c.routes.length === 0 && c.removed.length === 0 && c.notes.length === 0 && c.slides.length === 0 && c.deck === null;

/** The main record's parts, as storage holds them (another tab may have changed them). */
export type StoredMain = {
  ids: readonly string[];
  notes: Readonly<Record<string, unknown>>;
  slides: Readonly<Record<string, unknown>>;
  deck: unknown;
};

/**
 * The main record's route ids, notes, slides and deck edits after `changes`, starting from what
 * storage holds now: its routes keep their order, new ones go last.
 */
export function applyChanges(
  stored: StoredMain,
  changes: Changes,
): { ids: string[]; notes: Record<string, unknown>; slides: Record<string, unknown>; deck: unknown } {
  const gone = new Set(changes.removed);
  const ids = stored.ids.filter((id) => !gone.has(id));
  for (const r of changes.routes) if (!ids.includes(r.id)) ids.push(r.id);
  return {
    ids,
    notes: applyRecord<unknown>(stored.notes, changes.notes),
    slides: applyRecord<unknown>(stored.slides, changes.slides),
    deck: changes.deck ?? stored.deck,
  };
}

/**
 * What this tab should show after another tab saved: storage's routes, notes and slides, except
 * where this tab has a change of its own not yet written, which it keeps (and writes next).
 */
export function adoptRemote(base: Snapshot, local: Snapshot, remote: Snapshot): Snapshot {
  const pending = changesSince(base, local);
  const edited = new Map(pending.routes.map((r) => [r.id, r]));
  const removed = new Set(pending.removed);
  const routes = remote.routes.filter((r) => !removed.has(r.id)).map((r) => edited.get(r.id) ?? r);
  for (const r of pending.routes) if (!routes.some((x) => x.id === r.id)) routes.push(r);
  return {
    routes,
    notes: applyRecord(remote.notes, pending.notes),
    slides: applyRecord(remote.slides, pending.slides),
    deck: pending.deck ?? remote.deck,
  };
}
