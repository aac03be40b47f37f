import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// BASE_PATH serves the app from a sub-path (e.g. /caspian-routes/ on a project page); default "/".
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [react()],
  // MapLibre alone is about 1 MB minified (300 KB gzip), so the default 500 kB warning always fires.
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 1600 },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  server: { host: "127.0.0.1" },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
