import { Component, type ErrorInfo, type ReactNode } from "react";
import { download } from "./export/picture";
import { flushWork, hasWork, lastWork } from "./store/work-registry";

type State = { error: Error | null };

/**
 * Any error while drawing the page shows a plain message and a way back, never a white page.
 * Nothing the user made is lost: the view lives in the URL, which a reload keeps, and the
 * teacher's routes, notes and slides are written to storage at once; when storage does not hold
 * them all, the screen says so and offers them as a lesson file before any reload.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn("Caspian Routes hit an error while drawing the page:", error, info.componentStack);
    flushWork();
  }

  /** Everything the teacher made, as a lesson file (Lesson → Open a lesson brings it back). */
  private async download() {
    const { writeLesson } = await import("./lesson/lesson-file");
    const work = lastWork();
    const text = writeLesson({ routes: [...work.routes], notes: work.notes, slides: work.slides, deck: work.deck });
    download(new Blob([text], { type: "application/json" }), "caspian-routes-lesson.json");
  }

  render() {
    if (!this.state.error) return this.props.children;
    const work = lastWork();
    const unsaved = hasWork(work) && !work.saved;
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong</h1>
        {unsaved ? (
          <>
            <p>
              Part of Caspian Routes stopped working. Your routes, notes and slides could not all be saved in this
              browser, so a reload would lose some of them: download them first, as a lesson file. To bring them back,
              open it with Lesson, then Open a lesson.
            </p>
            <p>
              <button type="button" className="primary" onClick={() => void this.download()}>
                Download your lesson
              </button>
            </p>
          </>
        ) : (
          <p>
            Part of Caspian Routes stopped working. Reloading usually fixes it, and keeps your routes, your notes and
            the slide you were on.
          </p>
        )}
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>{" "}
          <button type="button" onClick={() => window.location.assign(window.location.pathname)}>
            Start again from the whole map
          </button>
        </p>
        <details>
          <summary>Details for a developer</summary>
          <pre>{this.state.error.message}</pre>
        </details>
      </main>
    );
  }
}
