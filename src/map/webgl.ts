/**
 * Can this browser draw the interactive map? MapLibre 6 needs WebGL 2. With WebGL disabled or
 * blocked, WebGL2RenderingContext may still exist while getContext returns null, so probe for real.
 */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl2");
    const ok = gl !== null;
    gl?.getExtension("WEBGL_lose_context")?.loseContext();
    return ok;
  } catch {
    return false;
  }
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
