import { useEffect, useRef, useState } from "react";
import type { Position } from "../map/draw";

type Place = { name: string; at: Position };

type Props = {
  /** The named places on the map, to choose from. */
  places: readonly Place[];
  onDone(line: Position[]): void;
  onClose(): void;
};

/** "51.2, 43.6" (longitude, then latitude) as a position, or why not, in plain words. */
export function parsePosition(text: string): Position | string {
  const parts = text
    .trim()
    .split(/[\s,;]+/)
    .filter(Boolean);
  const nums = parts.map(Number);
  if (parts.length !== 2 || nums.some((n) => !Number.isFinite(n)))
    return "Type two numbers, longitude then latitude, such as 51.2, 43.6.";
  const [lon, lat] = nums;
  if (Math.abs(lon) > 180) return "The longitude (the first number) must be between −180 and 180.";
  if (Math.abs(lat) > 90) return "The latitude (the second number) must be between −90 and 90.";
  return [lon, lat];
}

/**
 * The keyboard and screen-reader way to draw a route: a line built point by point, from the
 * map's named places or from typed coordinates, in a list that can be reordered and trimmed.
 */
export default function PlaceBuilder({ places, onDone, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [points, setPoints] = useState<{ label: string; at: Position }[]>([]);
  const [choice, setChoice] = useState(places[0]?.name ?? "");
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState("");
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  const add = (label: string, at: Position) => {
    setPoints((p) => [...p, { label, at }]);
    setSaid(`${label} added as point ${points.length + 1}.`);
  };
  return (
    <dialog ref={dialog} className="export-dialog place-builder" aria-labelledby="builder-title" onClose={onClose}>
      <header className="table-head">
        <h2 id="builder-title">Build a route from places</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close<span className="visually-hidden"> the route builder</span>
        </button>
      </header>
      <div className="export-body">
        <p>Add the points of the line in order, from the map's places or as coordinates. Two or more make a route.</p>
        <div className="builder-row">
          <label htmlFor="builder-place">A place on the map</label>
          <select id="builder-place" value={choice} onChange={(e) => setChoice(e.target.value)}>
            {places.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              const place = places.find((p) => p.name === choice);
              if (place) add(place.name, place.at);
            }}
          >
            Add this place
          </button>
        </div>
        <form
          className="builder-row"
          onSubmit={(e) => {
            e.preventDefault();
            const got = parsePosition(typed);
            if (typeof got === "string") {
              setProblem(got);
              return;
            }
            setProblem(null);
            setTyped("");
            add(`${got[0]}, ${got[1]}`, got);
          }}
        >
          <label htmlFor="builder-typed">Or a position: longitude, latitude</label>
          <input
            id="builder-typed"
            value={typed}
            inputMode="decimal"
            aria-describedby={problem ? "builder-problem" : undefined}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit">Add this position</button>
        </form>
        {problem && (
          <p id="builder-problem" className="refusal" role="alert">
            {problem}
          </p>
        )}
        <h3>The line, in order</h3>
        {points.length === 0 ? (
          <p>No points yet.</p>
        ) : (
          <ol className="builder-points">
            {points.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a place may be added twice; the order is the identity
              <li key={`${i}-${p.label}`}>
                {p.label}{" "}
                <button
                  type="button"
                  disabled={i === 0}
                  aria-label={`Move point ${i + 1}, ${p.label}, up`}
                  onClick={() => setPoints((all) => [...all.slice(0, i - 1), all[i], all[i - 1], ...all.slice(i + 1)])}
                >
                  ↑
                </button>{" "}
                <button
                  type="button"
                  aria-label={`Remove point ${i + 1}, ${p.label}`}
                  onClick={() => {
                    setPoints((all) => all.filter((_, j) => j !== i));
                    setSaid(`${p.label} removed.`);
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
        <button
          type="button"
          className="primary"
          disabled={points.length < 2}
          onClick={() => onDone(points.map((p) => p.at))}
        >
          Make the route
        </button>
        <p className="visually-hidden" role="status" aria-live="polite">
          {said}
        </p>
      </div>
    </dialog>
  );
}
