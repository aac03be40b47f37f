// Latin subsets only: every string the app shows is in U+0000–00FF or U+2000–206F (dashes, quotes).
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-400-italic.css";
import "@fontsource/noto-sans/latin-700.css";
import "./styles.css";
import "./generated/poster.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { ErrorBoundary } from "./error-boundary";
import { handOverShell } from "./shell/shell-handoff";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
handOverShell(root);
createRoot(root, {
  // The error boundary shows the user what happened; keep the console to a warning.
  onCaughtError: (error) => console.warn("Caught by the error boundary:", error),
}).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
