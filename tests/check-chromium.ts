import { chromiumMissingMessage, chromiumPath } from "./chromium-path";

// Run first by npm test, so a missing browser fails loudly before anything else runs.
const message = chromiumMissingMessage(chromiumPath());
if (message) {
  console.error(message);
  process.exit(1);
}
