import { useId, useState } from "react";
import type { Content } from "../content/schema";
import { crowdedBelowZoom } from "../map/crowding";
import { MAP_MAX_ZOOM } from "../map/display-simplify";
import { LINE_STYLES, type LineStyleKey } from "../map/line-styles";
import type { Action } from "../state/app-state";
import { LIMITS } from "../store/saved-format";
import type { Note, UserRoute } from "../store/user-route";
import { DetailShell } from "./detail-shell";
import { formatKm } from "./format";
import { LineSwatch } from "./line-swatch";
import { NotesEditor } from "./notes-editor";

/**
 * Colours offered for imported routes: apart from the four built-in ones and from each other in
 * hue and lightness, each with at least 3:1 contrast against the white casing.
 */
export const USER_COLOURS = [
  { name: "Teal", value: "#00796b" },
  { name: "Rose", value: "#c2185b" },
  { name: "Indigo", value: "#3949ab" },
  { name: "Brown", value: "#795548" },
  { name: "Olive", value: "#5f7100" },
  { name: "Graphite", value: "#424242" },
] as const;

export const DASH_CHOICES = Object.keys(LINE_STYLES) as LineStyleKey[];

/** Name, colour, dash and obstacle note: the same fields when adding a route and editing it. */
export function RouteFields({
  value,
  onChange,
}: {
  value: Pick<UserRoute, "name" | "colour" | "dash" | "obstacle">;
  onChange(patch: Partial<Pick<UserRoute, "name" | "colour" | "dash" | "obstacle">>): void;
}) {
  const id = useId();
  return (
    <div className="route-fields">
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={LIMITS.routeName}
        required
        value={value.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
      />
      <fieldset className="colour-choice">
        <legend>Colour</legend>
        {USER_COLOURS.map((c) => (
          <label key={c.value} className="colour-option">
            <input
              type="radio"
              name={`${id}-colour`}
              value={c.value}
              checked={value.colour.toLowerCase() === c.value}
              onChange={() => onChange({ colour: c.value })}
            />
            <span className="colour-dot" style={{ background: c.value }} aria-hidden="true" />
            {c.name}
          </label>
        ))}
        <label className="colour-option">
          <input
            type="color"
            value={value.colour}
            onChange={(e) => onChange({ colour: e.currentTarget.value })}
            aria-label="Another colour"
          />
          Other
        </label>
      </fieldset>
      <label htmlFor={`${id}-dash`}>Line pattern</label>
      <div className="dash-choice">
        <select
          id={`${id}-dash`}
          value={value.dash}
          onChange={(e) => onChange({ dash: e.currentTarget.value as LineStyleKey })}
        >
          {DASH_CHOICES.map((k) => (
            <option key={k} value={k}>
              {LINE_STYLES[k].label}
            </option>
          ))}
        </select>
        <LineSwatch style={value.dash} colour={value.colour} width={60} />
      </div>
      <label htmlFor={`${id}-obstacle`}>What stands in its way (your note)</label>
      <textarea
        id={`${id}-obstacle`}
        rows={3}
        maxLength={LIMITS.obstacle}
        value={value.obstacle}
        onChange={(e) => onChange({ obstacle: e.currentTarget.value })}
      />
    </div>
  );
}

type Props = {
  route: UserRoute;
  content: Content;
  note: Note | undefined;
  saveState: string;
  dispatch(action: Action): void;
  /** Edits the route's line on the map (absent when the map cannot draw). */
  onEditLine?(): void;
  onClose(): void;
};

/**
 * An imported route's detail: clearly the teacher's, not the article's. Its lines with lengths
 * and countries measured on import, the teacher's note on its obstacle, editing, and removal.
 */
export function UserRouteDetail({ route, content, note, saveState, dispatch, onEditLine, onClose }: Props) {
  const [confirming, setConfirming] = useState(false);
  const total = route.lines.reduce((s, l) => s + l.drawnKm, 0);
  const countries = [...new Set(route.lines.flatMap((l) => l.countries))];
  // Crowded lines draw thin and without arrows (map/crowding.ts): said here, so no one wonders why.
  const crowded = crowdedBelowZoom(route.lines);
  return (
    <DetailShell name={route.name} colour={route.colour} user onClose={onClose}>
      <section className="detail-section kind-user" aria-labelledby="d-user">
        <p className="kind-tag">Added by you — not in the article</p>
        <h3 id="d-user">What stands in its way</h3>
        <p className="obstacle">{route.obstacle.trim() || "No note yet: edit the route to add one."}</p>
        <p className="source-name">
          {route.fileName === "Drawn on the map" ? "Drawn on the map." : `From the file ${route.fileName}.`}
        </p>
      </section>

      <section className="detail-section kind-lines" aria-labelledby="d-ulines">
        <p className="kind-tag">On the map, measured when added</p>
        <h3 id="d-ulines">
          {route.lines.length} line{route.lines.length === 1 ? "" : "s"}, approx. {formatKm(total)}
        </h3>
        <p>
          Countries crossed (borders of {content.article.asOf}):{" "}
          {countries.length > 0 ? countries.join(", ") : "none inside the map's region"}
        </p>
        {crowded > 0 && (
          <p>
            Its lines lie so close together that the map draws them as thin lines, without the arrows for the way the
            oil flows, {crowded > MAP_MAX_ZOOM ? "at every zoom." : "until you zoom in far enough to tell them apart."}
          </p>
        )}
        <ul className="lines">
          {route.lines.slice(0, 50).map((l) => (
            <li key={l.id}>
              <LineSwatch style={route.dash} colour={route.colour} /> {l.name ?? "Unnamed line"}: approx.{" "}
              {formatKm(l.drawnKm)}
              {l.countries.length > 0 && <> ({l.countries.join(" › ")})</>}
            </li>
          ))}
          {route.lines.length > 50 && <li>…and {route.lines.length - 50} more lines.</li>}
        </ul>
        {onEditLine && route.lines.length <= 20 && (
          <button type="button" className="edit-line" onClick={onEditLine}>
            Edit the line on the map
          </button>
        )}
      </section>

      <NotesEditor route={route.id} routeName={route.name} note={note} saveState={saveState} dispatch={dispatch} />

      <details className="detail-section edit-route">
        <summary>Edit this route</summary>
        <RouteFields
          value={route}
          onChange={(patch) => {
            if (patch.name !== undefined && patch.name.trim() === "") return;
            dispatch({ type: "update-user-route", id: route.id, patch });
          }}
        />
        {confirming ? (
          <p className="confirm-delete" role="alert">
            Delete “{route.name}” and your notes on it? Export it first if you may need it again.{" "}
            <button
              type="button"
              className="danger"
              onClick={() => dispatch({ type: "remove-user-route", id: route.id })}
            >
              Yes, delete it
            </button>{" "}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </p>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete this route…
          </button>
        )}
      </details>
    </DetailShell>
  );
}
