/**
 * Registers the service worker that keeps the app working offline (production builds only).
 * When a new version has been downloaded in the background, `onUpdate` receives a function that
 * switches to it and reloads the page.
 */
export function registerOffline(onUpdate: (apply: () => void) => void): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const url = `${import.meta.env.BASE_URL}sw.js`;
  // After the page's own loading, so the worker's downloads do not compete with the first render.
  const start = () => {
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
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
