/**
 * What a page writes as it is left (pagehide) goes to IndexedDB, whose write needs the page to
 * live until the database has it: Chromium drops it when the tab dies first (seen about one
 * time in ten when the page was left while another write was running). localStorage hands its
 * write to the browser at once, so the same change is also kept there, under the same key, and
 * merged on the next read like the database's copy. A merged key is remembered (a watermark), so
 * a copy another tab had not yet seen is never applied twice over newer edits.
 */

/** Changes written blind as a page was left; route records are stored beside them. */
export type Pending = {
  ids: string[];
  removed: string[];
  notes: [string, unknown][];
  /** Absent in records written before slides existed. */
  slides?: [string, unknown][];
  deck?: unknown;
};

export const isPending = (v: unknown): v is Pending =>
  typeof v === "object" &&
  v !== null &&
  Array.isArray((v as Pending).ids) &&
  Array.isArray((v as Pending).removed) &&
  Array.isArray((v as Pending).notes);

const PREFIX = "caspian-routes:left:";
/** The localStorage key of the copy kept under a pending key. */
export const copyKey = (key: string) => PREFIX + key;
const MERGED_UP_TO = "caspian-routes:left-merged-up-to";
/**
 * Above this many characters (2 MB in UTF-16, well inside the 5 MB browsers give an origin) the
 * copy leaves route records out, and keeps notes, slides and the deck: those are what is typed
 * in the last moments, and a route's own write was made when it was added.
 */
export const COPY_MAX_CHARS = 1_000_000;

type Routes = readonly { id: string }[];

/** Keeps the copy; never throws (no storage, or a full one, leaves the database's write alone). */
export function keepCopy(storage: Storage | null, key: string, pending: Pending, routes: Routes): void {
  if (!storage) return;
  try {
    const whole = JSON.stringify({ ...pending, routes });
    storage.setItem(
      PREFIX + key,
      whole.length <= COPY_MAX_CHARS ? whole : JSON.stringify({ ...pending, ids: [], routes: [] }),
    );
  } catch {
    // Full or refused: the database's copy is still on its way.
  }
}

export type Copies = {
  /** Copies not merged yet, by their pending key, with the route records they carry. */
  entries: { key: string; pending: Pending; routes: [string, unknown][] }[];
  /** Copies that could not be read, kept as text under a storage key of their own. */
  damaged: [string, string][];
  /** Every storage key read here, to remove once the merge is written. */
  keys: string[];
};

/** The copies kept as pages were left, leaving out those merged already. Never throws. */
export function readCopies(storage: Storage | null): Copies {
  const out: Copies = { entries: [], damaged: [], keys: [] };
  if (!storage) return out;
  try {
    const upTo = storage.getItem(MERGED_UP_TO) ?? "";
    for (let i = 0; i < storage.length; i++) {
      const storageKey = storage.key(i);
      if (!storageKey?.startsWith(PREFIX)) continue;
      out.keys.push(storageKey);
      const key = storageKey.slice(PREFIX.length);
      if (key <= upTo) continue;
      const text = storage.getItem(storageKey) ?? "";
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      if (!isPending(value)) {
        out.damaged.push([`left-${key}`, text]);
        continue;
      }
      const carried = (value as { routes?: unknown }).routes;
      const routes = (Array.isArray(carried) ? carried : [])
        .filter((r) => typeof (r as { id?: unknown } | null)?.id === "string")
        .map((r): [string, unknown] => [(r as { id: string }).id, r]);
      const { ids, removed, notes, slides, deck } = value;
      out.entries.push({ key, pending: { ids, removed, notes, slides, deck }, routes });
    }
  } catch {
    // Storage refused to be read: the database's copies are all there is.
  }
  return out;
}

/** The newest key merged so far: copies under keys up to it are never read again. */
export function mergedUpTo(storage: Storage): string {
  try {
    return storage.getItem(MERGED_UP_TO) ?? "";
  } catch {
    return "";
  }
}

/** After a merge is written: removes the copies read, and remembers the newest key merged. */
export function forgetCopies(storage: Storage | null, keys: readonly string[], mergedUpTo: string): void {
  if (!storage) return;
  try {
    if (mergedUpTo > (storage.getItem(MERGED_UP_TO) ?? "")) storage.setItem(MERGED_UP_TO, mergedUpTo);
    for (const k of keys) storage.removeItem(k);
  } catch {
    // Left for the next read, which skips what the watermark says was merged.
  }
}

/** The page's localStorage, or null where it is missing or refused (some private modes throw). */
export function pageStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
