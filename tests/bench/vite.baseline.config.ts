import { resolve } from "node:path";
import { defineConfig } from "vite";

// Builds the baseline page into dist-baseline/, with the app's public/ (basemap and glyphs).
export default defineConfig({
  root: resolve(import.meta.dirname, "baseline"),
  publicDir: resolve(import.meta.dirname, "../../public"),
  base: "/",
  build: {
    outDir: resolve(import.meta.dirname, "../../dist-baseline"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1600,
  },
});
