import { toSaved } from "./saved-format";
import type { ReadSaved, Saved, UserRoute } from "./user-route";

/**
 * Browser storage for the teacher's routes and notes, in IndexedDB (imported routes can run to
 * megabytes, beyond localStorage): a small main record with the notes and route ids, and one
 * record per route, written only when that route is added or edited. Damaged data is never
 * overwritten silently: a copy is kept under its own key, and the app offers it for download.
 */
const DB_NAME = "caspian-routes";
const STORE = "saved";
const CURRENT = "current";
const routeKey = (id: string) => `route:${id}`;

export type SaveFailure = { kind: "full" | "unavailable" | "failed"; message: string };

export type Loaded = ReadSaved & {
  /** Why nothing can be saved in this browser (private browsing, storage switched off). */
  unavailable: string | null;
  /** The records as found, when part of them was damaged: offered for download. */
  raw: unknown;
};

const UNAVAILABLE =
  "This browser is not letting the app save (private browsing, or storage switched off), so your routes and notes will last only until this tab closes. Export them to keep them.";

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === "undefined" || indexedDB === null) {
      reject(new Error("no IndexedDB"));
      return;
    }
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB would not open"));
    req.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
  opened.catch(() => {
    opened = null;
  });
  return opened;
}

/** Runs `work` in one transaction; resolves when it has committed. */
function transaction<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore, done: (v: T) => void) => void,
): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        let result: T;
        work(tx.objectStore(STORE), (v) => {
          result = v;
        });
        tx.oncomplete = () => resolve(result);
        tx.onerror = () => reject(tx.error ?? new Error("storage failed"));
        tx.onabort = () => reject(tx.error ?? new Error("storage write was aborted"));
      }),
  );
}

function isQuota(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? "";
  return name === "QuotaExceededError" || /quota/i.test(String((e as Error)?.message ?? ""));
}

/** What was saved, as far as it can be read; never throws. */
export async function loadSaved(): Promise<Loaded> {
  let raw: { current: unknown; routes: Record<string, unknown> };
  try {
    raw = await transaction("readonly", (store, done) => {
      const found: { current: unknown; routes: Record<string, unknown> } = { current: undefined, routes: {} };
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) {
          done(found);
          return;
        }
        const key = String(c.key);
        if (key === CURRENT) found.current = c.value;
        else if (key.startsWith("route:")) found.routes[key.slice(6)] = c.value;
        c.continue();
      };
    });
  } catch {
    return {
      routes: [],
      notes: {},
      problems: [],
      damaged: false,
      newer: false,
      unavailable: UNAVAILABLE,
      raw: undefined,
    };
  }
  // Nothing saved (a first visit): no need to load the checking code at all.
  if (raw.current === undefined && Object.keys(raw.routes).length === 0)
    return { routes: [], notes: {}, problems: [], damaged: false, newer: false, unavailable: null, raw: undefined };
  const { readSaved } = await import("./user-route");
  const read = readSaved(raw.current, raw.routes);
  if (read.damaged) {
    // Keep the damaged records before anything is written over them.
    await transaction("readwrite", (store) => {
      store.put(raw, `damaged-${new Date().toISOString()}`);
    }).catch(() => undefined);
  }
  return { ...read, unavailable: null, raw: read.damaged ? raw : undefined };
}

/**
 * Writes what changed since `before`: the main record always (it is small), and route records
 * only for routes added or edited; removed routes' records are deleted.
 */
export async function save(saved: Saved, before: readonly UserRoute[] | null): Promise<SaveFailure | null> {
  try {
    await transaction("readwrite", (store) => {
      store.put(toSaved(saved), CURRENT);
      const old = new Map((before ?? []).map((r) => [r.id, r]));
      for (const r of saved.routes) if (old.get(r.id) !== r) store.put(r, routeKey(r.id));
      for (const id of old.keys()) if (!saved.routes.some((r) => r.id === id)) store.delete(routeKey(id));
    });
    return null;
  } catch (e) {
    if (isQuota(e))
      return {
        kind: "full",
        message:
          "The browser's storage for this page is full, so your last change was not saved. Everything is still here until this tab closes: export your routes and notes now, then delete routes you no longer need.",
      };
    if ((e as Error)?.message === "no IndexedDB" || (e as { name?: string })?.name === "InvalidStateError")
      return { kind: "unavailable", message: UNAVAILABLE };
    return {
      kind: "failed",
      message: `Your last change could not be saved (${String((e as Error)?.message ?? e).slice(0, 120)}). Everything is still here until this tab closes: export your routes and notes to keep them.`,
    };
  }
}
