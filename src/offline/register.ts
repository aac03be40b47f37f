import { MAP_IDLE_EVENT } from "../map/map-view";
import { ONE_FILE } from "../platform/assets";

/**
 * Registers the service worker that keeps the app working offline (production builds only).
 * When a new version has been downloaded in the background, `onUpdate` receives a function that
 * switches to it and reloads the page.
 */
export function registerOffline(onUpdate: (apply: () => void) => void): void {
  // The one-file app is already whole on the disk it opens from: nothing to keep.
  if (!import.meta.env.PROD || ONE_FILE || !("serviceWorker" in navigator)) return;
  const url = `${import.meta.env.BASE_URL}sw.js`;
  // After the map's first complete drawing (or 5 s, if it never comes), so the worker's
  // downloads do not compete with the first render.
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    navigator.serviceWorker
      .register(url)
      .then((registration) => {
        const offer = (worker: ServiceWorker) =>
          onUpdate(() => {
            navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), {
              once: true,
            });
            worker.postMessage("skip-waiting");
          });
        // Only an update replaces a controlling worker; the first install needs no notice.
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener("updatefound", () => {
          const worker = registration.installing;
          worker?.addEventListener("statechange", () => {
            if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
          });
        });
      })
      .catch(() => undefined);
  };
  window.addEventListener(MAP_IDLE_EVENT, start, { once: true });
  window.setTimeout(start, 5000);
}
