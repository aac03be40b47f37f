import { Component, type ErrorInfo, type ReactNode } from "react";

type State = { error: Error | null };

/**
 * Any error while drawing the page shows a plain message and a way back, never a white page.
 * Nothing the user made is lost: the view lives in the URL, which a reload keeps.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn("Caspian Routes hit an error while drawing the page:", error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong</h1>
        <p>
          Part of Caspian Routes stopped working. Reloading usually fixes it, and keeps the routes and slide you were
          on.
        </p>
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
