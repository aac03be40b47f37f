/**
 * A small lesson carried in a link's fragment (#lesson=…), compressed: the part after "#" is
 * never sent to any server, so a lesson shared this way stays between the teacher and the class.
 * Deflate (the browser's own CompressionStream, no library), then base64url.
 */
export const LINK_KEY = "lesson";
/** Compressed bytes a link may carry; a larger lesson is shared as a file. */
export const MAX_LINK_BYTES = 8 * 1024;
/** What a link's lesson may expand to, in bytes (a link is small; a "zip bomb" is refused). */
const MAX_EXPANDED = 2 * 1024 * 1024;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new Error("too large");
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

const toBase64Url = (bytes: Uint8Array) => {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const fromBase64Url = (text: string): Uint8Array | null => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
};

/** The fragment for a lesson's text, and its compressed size in bytes. */
export async function lessonFragment(text: string): Promise<{ fragment: string; bytes: number }> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw"));
  return { fragment: `${LINK_KEY}=${toBase64Url(packed)}`, bytes: packed.byteLength };
}

/** The lesson's text from a fragment's value, or why it cannot be read, in plain words. */
export async function lessonFromFragment(value: string): Promise<{ text: string } | { problem: string }> {
  const bytes = fromBase64Url(value);
  const damaged = { problem: "The lesson in this link is damaged (it may have been cut short when copied)." };
  if (!bytes || bytes.byteLength === 0 || bytes.byteLength > MAX_LINK_BYTES * 2) return damaged;
  try {
    const out = await pipe(bytes, new DecompressionStream("deflate-raw"), MAX_EXPANDED);
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(out) };
  } catch (e) {
    return (e as Error).message === "too large"
      ? { problem: "The lesson in this link is larger than a link may carry, so it was not opened." }
      : damaged;
  }
}

/** The value of "lesson=" in a URL's fragment, or null. */
export function fragmentLesson(hash: string): string | null {
  const m = /^#?(?:.*&)?lesson=([^&]*)/.exec(hash);
  return m ? m[1] : null;
}
