import { useCallback, useEffect, useRef, useState } from "react";
import type { Content } from "../content/schema";
import { RouteFields, USER_COLOURS } from "../panel/user-route-detail";
import { capText, LIMITS } from "../store/saved-format";
import type { Note, UserLine, UserRoute } from "../store/user-route";
import { asCopies, makeRoute, routesFromExport } from "./assemble";
import { measureInWorker, readInWorker } from "./import-client";
import { MAX_BYTES, outsideRegion, type Problem, sizeRefusal } from "./validate";
import type { ReadSummary } from "./worker-protocol";

/** A readable file, as summarised by the worker, and whether the teacher agreed to swap it. */
type Good = Extract<ReadSummary, { ok: true }> & { swap?: boolean };

type Step =
  | { step: "choose" }
  | { step: "busy"; label: string; done: number; total: number }
  | { step: "refused"; message: string; problems: Problem[] }
  | { step: "confirm-swap"; result: Good }
  | { step: "confirm-partial"; result: Good }
  | { step: "details"; lines: UserLine[] }
  | {
      step: "confirm-same";
      name: string;
      routes: UserRoute[];
      notes: Record<string, Note>;
      skippedBuiltIn: number;
      /** Routes in the file with the id of a route already here (the teacher's earlier import). */
      same: UserRoute[];
    };

type Props = {
  content: Content;
  /** Ids already in use (built-in and imported routes). */
  takenIds: readonly string[];
  /** Colours already used by imported routes, so a new one gets a fresh colour. */
  usedColours: readonly string[];
  basemapUrl: string;
  /** A file dropped on the map, or a line just drawn, to read straight away. */
  initialFile: File | null;
  /** The file is a line the teacher drew (the title says so). */
  drawn?: boolean;
  /** Draw the route on the map instead (closes this dialog). */
  onDraw?(): void;
  /** Build the route from a list of places instead: the keyboard way. */
  onBuild?(): void;
  /** `replace`: ids of routes here that the file's routes of the same id replace. */
  onAdd(routes: UserRoute[], notes: Record<string, Note>, message: string, replace?: readonly string[]): void;
  onClose(): void;
};

const PROBLEMS_SHOWN = 12;

function ProblemList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="problems">
      {problems.slice(0, PROBLEMS_SHOWN).map((p) => (
        <li key={`${p.where}-${p.message}`}>
          <strong>{p.where}</strong>: {p.message}
        </li>
      ))}
      {problems.length > PROBLEMS_SHOWN && <li>…and {problems.length - PROBLEMS_SHOWN} more.</li>}
    </ul>
  );
}

/**
 * Adding a route from a GeoJSON file: pick, drop or paste it; the file is checked in a worker;
 * a refusal says what is wrong and where and imports nothing; features with problems are left
 * out only if the teacher agrees; swapped coordinates are swapped only if the teacher agrees.
 * Then the teacher names the route and picks its colour, pattern and obstacle note.
 */
export default function ImportDialog({
  content,
  takenIds,
  usedColours,
  basemapUrl,
  initialFile,
  drawn = false,
  onDraw,
  onBuild,
  onAdd,
  onClose,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<Step>({ step: "choose" });
  const [fileName, setFileName] = useState("");
  const [nameCut, setNameCut] = useState(false);
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const [fields, setFields] = useState<Pick<UserRoute, "name" | "colour" | "dash" | "obstacle">>({
    name: "",
    colour: USER_COLOURS.find((c) => !usedColours.includes(c.value))?.value ?? USER_COLOURS[0].value,
    dash: "operating",
    obstacle: "",
  });

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  // Each step's heading takes focus when it appears, so a screen reader hears what happened.
  const heading = useCallback((el: HTMLHeadingElement | null) => el?.focus(), []);

  const failed = useCallback(
    (e: unknown) =>
      setState({
        step: "refused",
        message: `The file could not be read (${String((e as Error)?.message ?? e).slice(0, 120)}).`,
        problems: [],
      }),
    [],
  );

  /** Adds what an exported file held; `replace`: ids of routes here that the file's replace. */
  const finishExport = useCallback(
    (
      name: string,
      routes: UserRoute[],
      notes: Record<string, Note>,
      skippedBuiltIn: number,
      replace: readonly string[],
    ) => {
      const parts = [
        routes.length > 0
          ? `${replace.length > 0 ? "Replaced" : "Added"} ${routes.length} route${routes.length === 1 ? "" : "s"} from ${name}.`
          : "",
        skippedBuiltIn > 0
          ? `${skippedBuiltIn} built-in route${skippedBuiltIn === 1 ? " was" : "s were"} already here and left as they are.`
          : "",
      ];
      onAdd(routes, notes, parts.filter(Boolean).join(" "), replace);
    },
    [onAdd],
  );

  const measure = useCallback(
    async (result: Good, name: string) => {
      setState({ step: "busy", label: "Measuring the lines", done: 0, total: result.lineCount });
      const measured = await measureInWorker(result.swap ?? false, basemapUrl, (p) =>
        setState({ step: "busy", label: "Measuring the lines", done: p.done, total: p.total }),
      );
      if (result.fromExport) {
        const builtIn = new Set(content.routes.map((r) => r.id));
        // Ids in the file are kept as they are, so a route exported from here is recognised.
        const { routes, notes, skippedBuiltIn } = routesFromExport(measured, name, builtIn, builtIn);
        const here = new Set(takenIds.filter((id) => !builtIn.has(id)));
        const same = routes.filter((r) => here.has(r.id));
        if (same.length > 0) setState({ step: "confirm-same", name, routes, notes, skippedBuiltIn, same });
        else finishExport(name, routes, notes, skippedBuiltIn, []);
        return;
      }
      const offered = drawn
        ? fields.name || "My route"
        : fields.name || result.firstName || name.replace(/\.(geo)?json$/i, "") || "My route";
      // A script-set value is not held to the field's maxLength: cap it here, and say so.
      setNameCut(offered.length > LIMITS.routeName);
      setFields((f) => ({ ...f, name: capText(offered, LIMITS.routeName) }));
      setState({ step: "details", lines: measured.map(({ hints: _, ...line }) => line) });
    },
    [basemapUrl, content.routes, takenIds, fields.name, finishExport, drawn],
  );

  const afterConfirm = useCallback(
    (result: Good, name: string) => {
      if (result.problems.length > 0) setState({ step: "confirm-partial", result });
      else void measure(result, name).catch(failed);
    },
    [measure, failed],
  );

  const read = useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      setFileName(name);
      setState({ step: "busy", label: "Checking the file", done: 0, total: 0 });
      const result = await readInWorker(bytes, content.view.maxBounds);
      if (!result.ok) {
        setState({ step: "refused", message: result.message, problems: result.problems });
        return;
      }
      if (result.looksSwapped) setState({ step: "confirm-swap", result });
      else afterConfirm(result, name);
    },
    [content.view.maxBounds, afterConfirm],
  );

  const readFile = useCallback(
    (file: File) => {
      if (file.size > MAX_BYTES) {
        setFileName(file.name);
        setState({
          step: "refused",
          message: sizeRefusal(file.size),
          problems: [],
        });
        return;
      }
      setState({ step: "busy", label: "Reading the file", done: 0, total: 0 });
      file
        .arrayBuffer()
        .then((b) => read(b, file.name))
        .catch(failed);
    },
    [read, failed],
  );

  const started = useRef(false);
  useEffect(() => {
    if (initialFile && !started.current) {
      started.current = true;
      readFile(initialFile);
    }
  }, [initialFile, readFile]);

  const close = () => dialog.current?.close();
  const again = () => {
    setFields((f) => ({ ...f, name: "" }));
    setState({ step: "choose" });
  };

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby="import-title"
      onClose={onClose}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) readFile(file);
      }}
    >
      <header className="table-head">
        <h2 id="import-title">{drawn ? "Add the route you drew" : "Add a route from a GeoJSON file"}</h2>
        <button type="button" onClick={close}>
          Close<span className="visually-hidden"> the import</span>
        </button>
      </header>

      {state.step === "choose" && (
        <div className={`import-choose${dragging ? " is-dragging" : ""}`}>
          <h3 ref={heading} tabIndex={-1}>
            Choose, drop or paste a file
          </h3>
          {(onDraw || onBuild) && (
            <p className="draw-choices">
              {onDraw && (
                <button type="button" onClick={onDraw}>
                  Draw it on the map
                </button>
              )}{" "}
              {onBuild && (
                <button type="button" onClick={onBuild}>
                  Build it from a list of places
                </button>
              )}
            </p>
          )}
          <p>
            Or from a file: a GeoJSON file of lines (LineString or MultiLineString), in longitude, latitude order, up to
            20 MB. It becomes one route. Points and areas are not routes and are refused. The file stays on this
            computer.
          </p>
          <label className="file-pick">
            <span>Choose a file…</span>
            <input
              type="file"
              accept=".geojson,.json,application/geo+json,application/json"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) readFile(file);
              }}
            />
          </label>
          <p className="drop-hint">…or drop it here, or on the map.</p>
          <label htmlFor="import-paste">…or paste GeoJSON text:</label>
          <textarea
            id="import-paste"
            rows={5}
            value={pasted}
            onChange={(e) => setPasted(e.currentTarget.value)}
            spellCheck={false}
          />
          <button
            type="button"
            disabled={pasted.trim() === ""}
            onClick={() => {
              const bytes = new TextEncoder().encode(pasted);
              void read(bytes.buffer as ArrayBuffer, "pasted text").catch(failed);
            }}
          >
            Read the pasted text
          </button>
        </div>
      )}

      {state.step === "busy" && (
        <div className="import-busy" aria-busy="true">
          <h3 ref={heading} tabIndex={-1}>
            {state.label}…
          </h3>
          {state.total > 0 ? (
            <progress max={state.total} value={state.done} aria-label={state.label} />
          ) : (
            <progress aria-label={state.label} />
          )}
          <p>{fileName}</p>
        </div>
      )}

      {state.step === "refused" && (
        <div className="import-refused" data-testid="import-refused">
          <h3 ref={heading} tabIndex={-1}>
            {fileName ? `${fileName} was not imported` : "Not imported"}
          </h3>
          <p className="refusal" role="alert">
            {state.message}
          </p>
          <ProblemList problems={state.problems} />
          <p>Nothing from this file was added. Your routes and notes are as they were.</p>
          <button type="button" onClick={again}>
            Choose another file
          </button>
        </div>
      )}

      {state.step === "confirm-swap" && (
        <div className="import-confirm" data-testid="import-swap">
          <h3 ref={heading} tabIndex={-1}>
            Are these coordinates the wrong way round?
          </h3>
          <p>
            {fileName} looks as if it lists each position as latitude, longitude. GeoJSON puts longitude first, so as
            written the lines would be drawn in the wrong place (or could not be drawn at all).
          </p>
          <button
            type="button"
            onClick={() => {
              const r = state.result;
              afterConfirm({ ...r, swap: true, looksSwapped: false }, fileName);
            }}
          >
            Swap them and go on
          </button>{" "}
          <button type="button" onClick={again}>
            Cancel: import nothing
          </button>
        </div>
      )}

      {state.step === "confirm-same" && (
        <div className="import-confirm" data-testid="import-same">
          <h3 ref={heading} tabIndex={-1}>
            {state.same.length === 1 ? "A route in this file is already here" : "Routes in this file are already here"}
          </h3>
          <p>
            {state.name} holds {state.same.length === 1 ? "a route" : `${state.same.length} routes`} you added before
            (the same {state.same.length === 1 ? "id" : "ids"}): {state.same.map((r) => `“${r.name}”`).join(", ")}.
          </p>
          <button
            type="button"
            onClick={() =>
              finishExport(
                state.name,
                state.routes,
                state.notes,
                state.skippedBuiltIn,
                state.same.map((r) => r.id),
              )
            }
          >
            {state.same.length === 1 ? "Replace it with the file's version" : "Replace them with the file's version"}
          </button>{" "}
          <button
            type="button"
            onClick={() => {
              const skip = new Set(state.same.map((r) => r.id));
              finishExport(
                state.name,
                state.routes.filter((r) => !skip.has(r.id)),
                Object.fromEntries(Object.entries(state.notes).filter(([id]) => !skip.has(id))),
                state.skippedBuiltIn,
                [],
              );
            }}
          >
            {state.same.length === 1 ? "Keep mine, skip it" : "Keep mine, skip them"}
          </button>{" "}
          <button
            type="button"
            onClick={() => {
              const copy = new Set(state.same.map((r) => r.id));
              const copies = asCopies(
                state.routes.filter((r) => copy.has(r.id)),
                new Set([...takenIds, ...state.routes.map((r) => r.id)]),
              );
              // The file's notes on them go with the copies.
              const renamed = new Map(state.same.map((r, i) => [r.id, copies[i].id]));
              finishExport(
                state.name,
                [...state.routes.filter((r) => !copy.has(r.id)), ...copies],
                Object.fromEntries(Object.entries(state.notes).map(([id, n]) => [renamed.get(id) ?? id, n])),
                state.skippedBuiltIn,
                [],
              );
            }}
          >
            {state.same.length === 1 ? "Add it as a copy" : "Add them as copies"}
          </button>
        </div>
      )}

      {state.step === "confirm-partial" && (
        <div className="import-confirm" data-testid="import-partial">
          <h3 ref={heading} tabIndex={-1}>
            Some of this file cannot be used
          </h3>
          <p>
            {state.result.problems.length === 1
              ? "One part of the file has a problem"
              : `${state.result.problems.length} parts of the file have problems`}{" "}
            (listed below) and would be left out; {state.result.lineCount} line
            {state.result.lineCount === 1 ? " is" : "s are"} fine.
          </p>
          <ProblemList problems={state.result.problems} />
          <button type="button" onClick={() => void measure({ ...state.result, problems: [] }, fileName).catch(failed)}>
            Import the {state.result.lineCount} good line{state.result.lineCount === 1 ? "" : "s"} without them
          </button>{" "}
          <button type="button" onClick={again}>
            Cancel: import nothing
          </button>
        </div>
      )}

      {state.step === "details" && (
        <form
          className="import-details"
          onSubmit={(e) => {
            e.preventDefault();
            if (!fields.name.trim()) return;
            const route = makeRoute(fields, state.lines, fileName, new Set(takenIds));
            onAdd(
              [route],
              {},
              `Added “${route.name}” (${route.lines.length} line${route.lines.length === 1 ? "" : "s"}).`,
            );
          }}
        >
          <h3 ref={heading} tabIndex={-1}>
            Describe the route
          </h3>
          <p>
            {state.lines.length} line{state.lines.length === 1 ? "" : "s"}{" "}
            {drawn ? "drawn on the map" : `from ${fileName}`}, approx.{" "}
            {Math.round(state.lines.reduce((s, l) => s + l.drawnKm, 0)).toLocaleString("en-GB")} km in all
            {(() => {
              const c = [...new Set(state.lines.flatMap((l) => l.countries))];
              return c.length > 0 ? `, crossing ${c.join(", ")}` : "";
            })()}.
          </p>
          {outsideRegion(state.lines, content.view.maxBounds) && (
            <p className="warning" role="alert" data-testid="import-outside">
              None of these lines lies within this map's region ({regionWords(content.view.maxBounds)}), so the map
              would not show them. Check that the file is the one you meant; you can still add the route.
            </p>
          )}
          {nameCut && (
            <p className="hint">
              The name in the file is longer than {LIMITS.routeName} characters, so only its start is used: edit it as
              you like.
            </p>
          )}
          <RouteFields value={fields} onChange={(patch) => setFields((f) => ({ ...f, ...patch }))} />
          <div className="form-actions">
            <button type="submit" className="primary">
              Add the route
            </button>{" "}
            <button type="button" onClick={again}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

/** [west, south, east, north] in words: "24°E to 115°E, 13°N to 66°N". */
function regionWords([w, s, e, n]: readonly number[]): string {
  const lon = (v: number) => `${Math.abs(v)}°${v < 0 ? "W" : "E"}`;
  const lat = (v: number) => `${Math.abs(v)}°${v < 0 ? "S" : "N"}`;
  return `${lon(w)} to ${lon(e)}, ${lat(s)} to ${lat(n)}`;
}
