import { existsSync } from "node:fs";

/** The Chromium the browser tests drive: $CHROME_PATH, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? "/usr/bin/chromium";
}

/**
 * The flags every Chromium the tests and the bench launch runs with: no sandbox (containers) and
 * no background traffic (a request off the machine would break the offline tests and add noise).
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

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
