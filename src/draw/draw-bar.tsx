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

export function DrawBar({ editing, points, ready, onFinish, onUndo, onRedo, onCancel, onList }: Props) {
  return (
    <section
      className="draw-bar"
      aria-label={editing ? `Editing the line of ${editing}` : "Drawing a route"}
      data-ready={ready ? "true" : undefined}
      aria-busy={!ready}
    >
      <p className="draw-help">
        {editing ? (
          <>
            <strong>Editing the line of {editing}.</strong> Drag a point to move it; click the small point in the middle
            of a segment to add one; right-click a point to remove it.
          </>
        ) : (
          <>
            <strong>Drawing a route.</strong> Click the map to place points; named places snap. Enter or a double-click
            finishes; Backspace removes the last point; Escape cancels.
          </>
        )}
      </p>
      <p className="draw-count" aria-live="polite">
        {ready ? (points === 1 ? "1 point" : `${points} points`) : "Getting the drawing tool ready…"}
      </p>
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
            Use a list of places instead
          </button>
        )}
      </div>
    </section>
  );
}
