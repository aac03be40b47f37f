import {
  type Copies,
  copyKey,
  forgetCopies,
  isPending,
  keepCopy,
  mergedUpTo,
  type Pending,
  pageStorage,
  readCopies,
} from "./leaving-copy";
import { applyChanges, type Changes, isNoChange, type StoredMain } from "./merge";
import { isNewerVersion, SAVED_VERSION, toSaved } from "./saved-format";
import type { DeckEdits, ReadSaved, UserRoute } from "./user-route";

/**
 * Browser storage for the teacher's routes and notes, in IndexedDB (imported routes can run to
 * megabytes, beyond localStorage): a small main record with the notes and route ids, and one
 * record per route, written only when that route is added or edited. Damaged data is never
 * overwritten silently: a copy is kept under its own key, and offered for download until the
 * teacher downloads or discards it. Several tabs share the store: each writes only its own
 * changes, merged inside one transaction with what is stored, and tells the others.
 */
const DB_NAME = "caspian-routes";
const STORE = "saved";
const CURRENT = "current";
const DAMAGED = "damaged-";
/** Changes written blind as a page was left, merged into the main record on the next read. */
const PENDING = "pending-";
const routeKey = (id: string) => `route:${id}`;

/** `superseded`: aborted as the page was left, whose own write carries the changes (no message). */
export type SaveFailure = { kind: "full" | "unavailable" | "failed" | "newer" | "superseded"; message: string };

export type Loaded = ReadSaved & {
  /** Why nothing can be saved in this browser (private browsing, storage switched off). */
  unavailable: string | null;
  /** Copies of damaged data, by storage key, kept until downloaded or discarded. */
  damagedCopies: Record<string, unknown>;
};

const UNAVAILABLE =
  "This browser is not letting the app save (private browsing, or storage switched off), so your routes and notes will last only until this tab closes. Export them to keep them.";
const NEWER =
  "This browser holds routes and notes saved by a newer version of Caspian Routes, so this version leaves them untouched and will not save changes. Reload the page to get the newer version.";
const FULL =
  "The browser's storage for this page is full, so your last change was not saved. Everything is still here until this tab closes: export your routes and notes now, then delete routes you no longer need.";
const FAILED =
  "Your last change could not be saved in this browser. Everything is still here until this tab closes: export your routes and notes to keep them.";

let opened: Promise<IDBDatabase> | null = null;
/** The open connection, for a write that must start before the page is gone (no await). */
let dbNow: IDBDatabase | null = null;
/**
 * Ordinary saves still running. Each reads, merges and writes in one transaction, which needs
 * this page alive for a round trip; a write made as the page is left would queue behind it and
 * die with it (seen in Chromium: the note typed last was lost about one time in three when the
 * page was left while the 250 ms pause's write was running). So leaving aborts them first.
 */
const running = new Set<IDBTransaction>();
/** Saves aborted that way: not failures (the leaving write carries their changes). */
const SUPERSEDED = "superseded by the write made as the page was left";
const superseded = new WeakSet<IDBTransaction>();

function open(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === "undefined" || indexedDB === null) {
      reject(new Error("no IndexedDB"));
      return;
    }
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => {
      const db = req.result;
      // Another tab (a newer version) wants to upgrade the store: step aside, reopen later.
      db.onversionchange = () => {
        db.close();
        opened = null;
        dbNow = null;
      };
      db.onclose = () => {
        opened = null;
        dbNow = null;
      };
      dbNow = db;
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error("IndexedDB would not open"));
    req.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
  opened.catch(() => {
    opened = null;
  });
  return opened;
}

/**
 * Runs `work` in one transaction; resolves when it has committed. Work done later in a request's
 * callback reports a thrown error through `fail`, which aborts the transaction with that error.
 */
function transaction<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore, done: (v: T) => void, fail: (e: unknown) => void) => void,
): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        let result: T;
        let thrown: unknown;
        const fail = (e: unknown) => {
          thrown = e;
          try {
            tx.abort();
          } catch {
            // Already finished: the error below still reaches the caller.
          }
          reject(e);
        };
        if (mode === "readwrite") running.add(tx);
        const finished = () => running.delete(tx);
        tx.addEventListener("complete", finished);
        tx.addEventListener("abort", finished);
        tx.oncomplete = () => resolve(result);
        tx.onerror = () => reject(thrown ?? tx.error ?? new Error("storage failed"));
        tx.onabort = () =>
          reject(
            superseded.has(tx) ? new Error(SUPERSEDED) : (thrown ?? tx.error ?? new Error("storage write was aborted")),
          );
        try {
          work(
            tx.objectStore(STORE),
            (v) => {
              result = v;
            },
            fail,
          );
        } catch (e) {
          fail(e);
        }
      }),
  );
}

const errorName = (e: unknown) => (e as { name?: string } | null)?.name ?? "";

function isQuota(e: unknown): boolean {
  return errorName(e) === "QuotaExceededError" || /quota/i.test(String((e as Error)?.message ?? ""));
}

/** Every record, read in one transaction. */
type Raw = {
  current: unknown;
  routes: Record<string, unknown>;
  damaged: Record<string, unknown>;
  pending: [string, Pending][];
};

function readAll(): Promise<Raw> {
  return transaction("readonly", (store, done) => {
    // Maps, then fromEntries: keys come from storage, and "__proto__" must stay a key.
    const routes = new Map<string, unknown>();
    const damaged = new Map<string, unknown>();
    const pending: [string, Pending][] = [];
    let current: unknown;
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) {
        done({ current, routes: Object.fromEntries(routes), damaged: Object.fromEntries(damaged), pending });
        return;
      }
      const key = String(c.key);
      if (key === CURRENT) current = c.value;
      else if (key.startsWith("route:")) routes.set(key.slice(6), c.value);
      else if (key.startsWith(DAMAGED)) damaged.set(key, c.value);
      else if (key.startsWith(PENDING) && isPending(c.value)) pending.push([key, c.value]);
      c.continue();
    };
  });
}

/**
 * The main record with changes written as a page was left merged in (their route records are
 * stored already), or null when there are none or the record is not in today's layout.
 */
function withPending(raw: Raw): Record<string, unknown> | null {
  const cur = raw.current as { version?: unknown } | undefined;
  if (raw.pending.length === 0 || (cur !== undefined && !mergeable(cur.version))) return null;
  let main = storedMain(raw.current);
  const pairs = (v: unknown) =>
    (Array.isArray(v) ? v : []).filter((n) => Array.isArray(n) && typeof n[0] === "string") as [string, never][];
  for (const [, p] of raw.pending.sort(([a], [b]) => a.localeCompare(b)))
    main = applyChanges(main, {
      routes: p.ids.filter((id) => typeof id === "string").map((id) => ({ id }) as UserRoute),
      removed: p.removed.filter((id) => typeof id === "string"),
      notes: pairs(p.notes),
      slides: pairs(p.slides),
      deck: (p.deck ?? null) as DeckEdits | null,
    });
  return mainRecord(main);
}

/**
 * Layouts a write can merge into: today's, and version 2, which differs only in having no slides
 * (so a page of the previous version that wrote blind as it was left loses nothing).
 */
const mergeable = (v: unknown) => v === SAVED_VERSION || v === 2;

/** The parts of a main record in a layout writes merge into (empty parts for anything else). */
function storedMain(current: unknown): StoredMain {
  const cur = current as { version?: unknown; routes?: unknown; notes?: unknown; slides?: unknown; deck?: unknown };
  const today = mergeable(cur?.version);
  const record = (v: unknown) =>
    today && typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  return {
    ids: today && Array.isArray(cur.routes) ? cur.routes.filter((id): id is string => typeof id === "string") : [],
    notes: record(cur?.notes),
    slides: record(cur?.slides),
    deck: today && cur.deck !== undefined ? cur.deck : NO_EDITS,
  };
}

const NO_EDITS = { order: [], hidden: [] };

const mainRecord = (m: StoredMain) => ({
  version: SAVED_VERSION,
  routes: m.ids,
  notes: m.notes,
  slides: m.slides,
  deck: m.deck,
});

const pendingOf = (changes: Changes): Pending => ({
  ids: changes.routes.map((r) => r.id),
  removed: changes.removed,
  notes: changes.notes,
  slides: changes.slides,
  deck: changes.deck ?? undefined,
});

/** Time first, so pending records sort in the order they were written. */
const pendingKey = () => `${PENDING}${Date.now().toString().padStart(15, "0")}-${Math.random().toString(36).slice(2)}`;

/** Positions above which a route stays out of the journal (its JSON would cost a long task). */
const JOURNAL_MAX_POSITIONS = 20_000;
let journalKey: string | null = null;

/**
 * Keeps this tab's unsaved changes in localStorage as they are made (a journal), so a change is
 * kept even when the tab dies before its write, or before its pagehide handler can run (a tab
 * closed while a software-drawn map frame holds the main thread). Read like a leaving write's
 * copy; emptied once storage has the changes. Large routes stay out: their own write is made when
 * they are added, and a journal entry must stay cheap enough to write at every keystroke.
 */
export function journal(changes: Changes): void {
  const storage = pageStorage();
  if (!storage) return;
  if (isNoChange(changes)) {
    if (journalKey) forgetCopies(storage, [copyKey(journalKey)], "");
    journalKey = null;
    return;
  }
  // A read (this tab's or another's) merged the journal under its key: later changes need a new one.
  if (journalKey !== null && journalKey <= mergedUpTo(storage)) journalKey = null;
  journalKey ??= pendingKey();
  const positions = changes.routes.reduce((n, r) => n + r.lines.reduce((m, l) => m + l.coordinates.length, 0), 0);
  const pending = pendingOf(changes);
  if (positions <= JOURNAL_MAX_POSITIONS) keepCopy(storage, journalKey, pending, changes.routes);
  else keepCopy(storage, journalKey, { ...pending, ids: [] }, []);
}

/**
 * Writes this tab's changes without waiting for a read, as the page is being left (pagehide):
 * route records directly, and the rest as a small record merged in on the next read. Returns
 * false when no connection is open (the caller then tries the ordinary write).
 */
export function saveBeforeLeaving(changes: Changes): boolean {
  if (!dbNow) return false;
  // What they would have written is part of `changes` (their saves have not been confirmed).
  for (const tx of running) {
    try {
      superseded.add(tx);
      tx.abort();
    } catch {
      // It finished meanwhile: writing its changes again below is a harmless repeat.
    }
  }
  running.clear();
  try {
    const tx = dbNow.transaction(STORE, "readwrite");
    const store = tx.objectStore(STORE);
    for (const r of changes.routes) store.put(r, routeKey(r.id));
    for (const id of changes.removed) store.delete(routeKey(id));
    const pending = pendingOf(changes);
    const key = pendingKey();
    keepCopy(pageStorage(), key, pending, changes.routes);
    store.put(pending, key);
    tx.commit();
    channel?.postMessage("saved");
    return true;
  } catch {
    return false;
  }
}

const nothing = {
  routes: [],
  notes: {},
  slides: {},
  deck: NO_EDITS,
  problems: [],
  damaged: false,
  newer: false,
  migrated: false,
};

/**
 * What was saved, as far as it can be read; never throws. On the first read (`first`), data in
 * an older layout is rewritten in the current one, and damaged data is copied aside and the
 * rest rewritten clean, all in one transaction, so a reload finds the same.
 */
export async function loadSaved(first = true): Promise<Loaded> {
  let raw: Awaited<ReturnType<typeof readAll>>;
  try {
    raw = await readAll();
  } catch (e) {
    // A newer version upgraded the database itself: its data is not ours to touch.
    if (errorName(e) === "VersionError")
      return { ...nothing, newer: true, problems: [NEWER], unavailable: null, damagedCopies: {} };
    return { ...nothing, unavailable: UNAVAILABLE, damagedCopies: {} };
  }
  // The copies of leaving writes the database did not get (see leaving-copy.ts) join them.
  const storage = pageStorage();
  const copies = readCopies(storage);
  const inDatabase = new Set(raw.pending.map(([k]) => k));
  const extra = copies.entries.filter((c) => !inDatabase.has(c.key));
  if (extra.length > 0 || copies.damaged.length > 0)
    raw = {
      ...raw,
      pending: [...raw.pending, ...extra.map((c): [string, Pending] => [c.key, c.pending])],
      routes: Object.fromEntries([...Object.entries(raw.routes), ...extra.flatMap((c) => c.routes)]),
      damaged: Object.fromEntries([
        ...Object.entries(raw.damaged),
        ...copies.damaged.map(([k, text]): [string, unknown] => [`${DAMAGED}${k}`, text]),
      ]),
    };
  const mergedUpTo =
    raw.pending
      .map(([k]) => k)
      .sort()
      .at(-1) ?? "";
  // Nothing saved (a first visit): no need to load the checking code at all.
  if (raw.current === undefined && Object.keys(raw.routes).length === 0 && raw.pending.length === 0) {
    if (copies.damaged.length > 0) await keepDamagedCopies(copies.damaged, storage, copies.keys);
    else forgetCopies(storage, copies.keys, mergedUpTo);
    return { ...nothing, unavailable: null, damagedCopies: raw.damaged };
  }
  const { readSaved } = await import("./user-route");
  // Changes a page wrote as it was left: merged into the main record now, and written back below.
  const merged = withPending(raw);
  const read = readSaved(merged ?? raw.current, raw.routes);
  const damagedCopies = { ...raw.damaged };
  if (!read.newer && (merged !== null || copies.damaged.length > 0 || (first && (read.damaged || read.migrated)))) {
    const copyKey = `${DAMAGED}${new Date().toISOString()}`;
    // The first read keeps the copy; a later read (another tab saved) finds it kept already.
    const keepAside = first && read.damaged;
    if (keepAside) damagedCopies[copyKey] = { current: raw.current, routes: raw.routes };
    await transaction("readwrite", (store) => {
      if (keepAside) store.put(damagedCopies[copyKey], copyKey);
      for (const [key] of raw.pending) store.delete(key);
      for (const [key, text] of copies.damaged) store.put(text, `${DAMAGED}${key}`);
      store.put(toSaved(read), CURRENT);
      for (const r of read.routes) store.put(r, routeKey(r.id));
      // Route records no route names any more (the copy above holds them).
      const kept = new Set(read.routes.map((r) => r.id));
      for (const id of Object.keys(raw.routes)) if (!kept.has(id)) store.delete(routeKey(id));
    }).then(
      () => forgetCopies(storage, copies.keys, mergedUpTo),
      () => undefined,
    );
  }
  return { ...read, unavailable: null, damagedCopies };
}

/** Copies that could not be read, kept in the database like other damaged data, then forgotten. */
async function keepDamagedCopies(damaged: Copies["damaged"], storage: Storage | null, keys: string[]) {
  await transaction("readwrite", (store) => {
    for (const [key, text] of damaged) store.put(text, `${DAMAGED}${key}`);
  }).then(
    () => forgetCopies(storage, keys, ""),
    () => undefined,
  );
}

/** Deletes the kept copies of damaged data (after the teacher downloaded or discarded them). */
export async function discardDamaged(keys: readonly string[]): Promise<void> {
  await transaction("readwrite", (store) => {
    for (const k of keys) store.delete(k);
  }).catch(() => undefined);
}

const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(DB_NAME);

/** Calls `changed` whenever another tab of the app has saved; returns the unsubscribe. */
export function onSavedElsewhere(changed: () => void): () => void {
  if (!channel) return () => undefined;
  const listener = () => changed();
  channel.addEventListener("message", listener);
  return () => channel.removeEventListener("message", listener);
}

/**
 * Writes this tab's changes, merged with what is stored now (read and written in one
 * transaction, so another tab's write cannot fall between): route records only for routes
 * added, edited or removed here; the main record's list and notes changed only where this tab
 * changed them. Data a newer version wrote is never written over.
 */
export async function save(changes: Changes): Promise<SaveFailure | null> {
  try {
    const outcome = await transaction<"saved" | "newer">("readwrite", (store, done, fail) => {
      const get = store.get(CURRENT);
      get.onsuccess = () => {
        try {
          const cur = get.result as { version?: unknown } | undefined;
          if (isNewerVersion(cur?.version)) {
            done("newer");
            return;
          }
          store.put(mainRecord(applyChanges(storedMain(cur), changes)), CURRENT);
          for (const r of changes.routes) store.put(r, routeKey(r.id));
          for (const id of changes.removed) store.delete(routeKey(id));
          done("saved");
        } catch (e) {
          fail(e);
        }
      };
    });
    if (outcome === "newer") return { kind: "newer", message: NEWER };
    channel?.postMessage("saved");
    return null;
  } catch (e) {
    if ((e as Error)?.message === SUPERSEDED) return { kind: "superseded", message: "" };
    if (isQuota(e)) return { kind: "full", message: FULL };
    if ((e as Error)?.message === "no IndexedDB" || errorName(e) === "InvalidStateError")
      return { kind: "unavailable", message: UNAVAILABLE };
    if (errorName(e) === "VersionError") return { kind: "newer", message: NEWER };
    // The browser's own wording ("The requested version (1) is less than …") helps nobody in
    // a classroom: it goes to the console, the teacher gets plain words.
    console.warn("Caspian Routes: saving failed", e);
    return { kind: "failed", message: FAILED };
  }
}
