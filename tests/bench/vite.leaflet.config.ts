import { resolve } from "node:path";
import { defineConfig } from "vite";

// Builds the Leaflet peer page into dist-leaflet/, with the app's public/ (the same basemap file).
export default defineConfig({
  root: resolve(import.meta.dirname, "leaflet"),
  publicDir: resolve(import.meta.dirname, "../../public"),
  base: "/",
  build: {
    outDir: resolve(import.meta.dirname, "../../dist-leaflet"),
    emptyOutDir: true,
    target: "es2022",
  },
});
