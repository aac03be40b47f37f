import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./tests/chromium-path";

const PORT = 4173;
/** The same app built for a sub-path (npm run build:subpath), as on a project page of a static host. */
export const SUBPATH = { port: 4174, base: "/caspian-routes/" };
/** The benchmark's baseline page (npm run build:baseline): bare MapLibre with the same data. */
export const BASELINE_PORT = 4175;

/** Browser tests run against the production build (npm run build) served by vite preview on loopback. */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: software WebGL on a busy 2-core machine draws a frame in seconds; every wait is for an event.
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, "--no-first-run", "--disable-quic"],
    },
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-baseline --port ${BASELINE_PORT} --strictPort`,
      url: `http://127.0.0.1:${BASELINE_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-subpath --base ${SUBPATH.base} --port ${SUBPATH.port} --strictPort`,
      url: `http://127.0.0.1:${SUBPATH.port}${SUBPATH.base}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
  projects: [
    { name: "browser", grepInvert: /@alone/ },
    // A test that times the page (its longest main-thread task) runs after all the others, by
    // itself: alone, that page's longest tasks are 20 ms garbage collections; in CI, beside the
    // other worker's software WebGL on 2 cores, one took 1.2 s (30 November; what it was is not known).
    { name: "alone", grep: /@alone/, dependencies: ["browser"], workers: 1 },
  ],
});
