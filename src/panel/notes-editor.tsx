import { useId } from "react";
import type { Action } from "../state/app-state";
import { LIMITS } from "../store/saved-format";
import type { Note } from "../store/user-route";

/**
 * The teacher's own notes on a route (built-in or imported), kept in this browser and in the
 * exported GeoJSON. Plain text; saved as they type.
 */
export function NotesEditor({
  route,
  routeName,
  note,
  saveState,
  dispatch,
}: {
  route: string;
  routeName: string;
  note: Note | undefined;
  /** What became of the last save, in words ("Saved in this browser", or why not). */
  saveState: string;
  dispatch(action: Action): void;
}) {
  const id = useId();
  return (
    <section className="detail-section kind-notes" aria-labelledby={`${id}-h`}>
      <p className="kind-tag">Yours</p>
      <h3 id={`${id}-h`}>Your notes</h3>
      <label htmlFor={`${id}-t`} className="visually-hidden">
        Your notes on {routeName}
      </label>
      <textarea
        id={`${id}-t`}
        className="notes"
        rows={4}
        maxLength={LIMITS.note}
        value={note?.text ?? ""}
        placeholder="Notes for your lesson: questions to ask, links to other topics…"
        onChange={(e) =>
          dispatch({
            type: "set-note",
            route,
            note: { text: e.currentTarget.value, updated: new Date().toISOString() },
          })
        }
      />
      <p className="save-state" data-testid="save-state">
        {saveState}
      </p>
    </section>
  );
}
