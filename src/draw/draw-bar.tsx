/**
 * The bar over the map while a line is drawn or edited: what to do, how many points so far, and
 * buttons for each key (for a mouse, a touch screen, or a teacher who forgets the keys).
 */
type Props = {
  /** The route whose line is being edited; null while drawing a new one. */
  editing: string | null;
  points: number;
  /** The drawing tool is ready on the map. */
  ready: boolean;
  onFinish(): void;
  onUndo(): void;
  onRedo(): void;
  onCancel(): void;
  /** Switches to building the line from a list of places (the keyboard way). */
  onList?(): void;
};

/** Whether the window has room for the drawing help under the bar's heading, in CSS pixels. */
const roomy = () => window.innerHeight >= 600 && window.innerWidth >= 800;

export function DrawBar({ editing, points, ready, onFinish, onUndo, onRedo, onCancel, onList }: Props) {
  return (
    <section
      className="draw-bar"
      aria-label={editing ? `Editing the line of ${editing}` : "Drawing a route"}
      data-ready={ready ? "true" : undefined}
      aria-busy={!ready}
    >
      {/* Open where there is room; on a small screen (or at 200% zoom) the map needs the space. */}
      <details className="draw-help" open={roomy()}>
        <summary>
          <strong>{editing ? `Editing the line of ${editing}` : "Drawing a route"}</strong> ·{" "}
          <span className="draw-count" aria-live="polite">
            {ready ? (points === 1 ? "1 point" : `${points} points`) : "Getting the drawing tool ready…"}
          </span>
        </summary>
        {editing ? (
          <p>
            Drag a point to move it; click the small point in the middle of a segment to add one; right-click a point to
            remove it. Done measures the line again.
          </p>
        ) : (
          <p>
            Click the map to place points; named places snap. Enter or a double-click finishes; Backspace removes the
            last point; Escape cancels.
          </p>
        )}
      </details>
      <div className="draw-buttons">
        <button type="button" onClick={onUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" onClick={onRedo} aria-keyshortcuts="Control+Shift+Z">
          Redo
        </button>
        <button type="button" className="primary" onClick={onFinish} disabled={points < 2}>
          {editing ? "Done" : "Finish the line"}
        </button>
        <button type="button" onClick={onCancel} aria-keyshortcuts="Escape">
          Cancel
        </button>
        {onList && (
          <button type="button" onClick={onList}>
            Use a list of places
          </button>
        )}
      </div>
    </section>
  );
}
