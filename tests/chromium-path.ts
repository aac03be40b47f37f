import { existsSync } from "node:fs";

/** The Chromium the browser tests drive: $CHROME_PATH, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? "/usr/bin/chromium";
}

export function chromiumMissingMessage(path: string): string | null {
  if (existsSync(path)) return null;
  return [
    "",
    "  ✗ No Chromium found for the browser tests.",
    `    Looked for: ${path}${process.env.CHROME_PATH ? " (from CHROME_PATH)" : ""}`,
    "",
    "    Install Debian's Chromium:   sudo apt-get install -y chromium",
    "    or point to another build:   CHROME_PATH=/path/to/chrome npm test",
    "    (npx playwright install cannot download browsers on machines without internet access.)",
    "",
  ].join("\n");
}
