import { dashPattern, type LineStyleKey } from "../map/line-styles";

export type PictureKey = { name: string; colour: string; dash: LineStyleKey }[];

/**
 * The map as a PNG for slides and worksheets: the map as drawn, a key of the routes shown (colour
 * and pattern), a banner when the date is after the article, and the source line underneath.
 * Sizes are CSS px times the canvas's pixel ratio, so the key stays legible on a sharp screen.
 */
export async function composePicture(
  map: HTMLCanvasElement,
  opts: {
    key: PictureKey;
    source: string;
    /** Full references for the statuses and figures drawn, listed under the source line. */
    references: readonly string[];
    banner: string | null;
    pixelRatio: number;
  },
): Promise<Blob> {
  const r = opts.pixelRatio;
  const probe = document.createElement("canvas").getContext("2d");
  if (!probe) throw new Error("this browser cannot draw the picture");
  const font = (px: number, weight = 400) => `${weight} ${px * r}px "Noto Sans", system-ui, sans-serif`;
  // The footer: the source line, then the references, wrapped to the picture's width.
  probe.font = font(12);
  const refLines = opts.references.length
    ? wrapText(probe, `Sources of the statuses shown: ${opts.references.join("; ")}.`, map.width - 24 * r)
    : [];
  const lineH = 18 * r;
  const footer = 34 * r + refLines.length * lineH + (refLines.length ? 8 * r : 0);
  const canvas = document.createElement("canvas");
  canvas.width = map.width;
  canvas.height = map.height + footer;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw the picture");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(map, 0, 0);

  // Key, lower right of the map.
  const row = 22 * r;
  const pad = 10 * r;
  const sample = 40 * r;
  ctx.font = font(14);
  const textWidth = Math.max(...opts.key.map((k) => ctx.measureText(k.name).width), ctx.measureText("Key").width);
  const boxW = pad * 3 + sample + textWidth;
  const boxH = pad * 2 + row * (opts.key.length + 1);
  const x0 = canvas.width - boxW - 12 * r;
  const y0 = map.height - boxH - 12 * r;
  if (opts.key.length > 0) {
    ctx.fillStyle = "rgba(255,255,255,0.95)";
    ctx.strokeStyle = "#d8d3c8";
    ctx.lineWidth = r;
    ctx.fillRect(x0, y0, boxW, boxH);
    ctx.strokeRect(x0, y0, boxW, boxH);
    ctx.fillStyle = "#1d1b18";
    ctx.font = font(14, 700);
    ctx.textBaseline = "middle";
    ctx.fillText("Key", x0 + pad, y0 + pad + row / 2);
    ctx.font = font(14);
    opts.key.forEach((k, i) => {
      const y = y0 + pad + row * (i + 1) + row / 2;
      const w = 4 * r;
      ctx.lineCap = "round";
      ctx.lineWidth = w;
      ctx.strokeStyle = k.colour;
      ctx.setLineDash(dashPattern(k.dash, w) ?? []);
      ctx.beginPath();
      ctx.moveTo(x0 + pad + w, y);
      ctx.lineTo(x0 + pad + sample - w, y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = "#1d1b18";
      ctx.fillText(k.name, x0 + pad * 2 + sample, y);
    });
  }

  if (opts.banner) {
    ctx.font = font(18, 700);
    const w = ctx.measureText(opts.banner).width + 28 * r;
    const h = 34 * r;
    const x = (canvas.width - w) / 2;
    ctx.fillStyle = "#7a3b00";
    ctx.fillRect(x, 10 * r, w, h);
    ctx.fillStyle = "#ffffff";
    ctx.textBaseline = "middle";
    ctx.fillText(opts.banner, x + 14 * r, 10 * r + h / 2);
  }

  // Source line under the map.
  ctx.fillStyle = "#13293d";
  ctx.fillRect(0, map.height, canvas.width, footer);
  ctx.fillStyle = "#ffffff";
  ctx.font = font(13);
  ctx.textBaseline = "middle";
  ctx.fillText(opts.source, 12 * r, map.height + 17 * r, canvas.width - 24 * r);
  ctx.font = font(12);
  refLines.forEach((text, i) => {
    ctx.fillText(text, 12 * r, map.height + 34 * r + lineH * i + lineH / 2);
  });

  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the picture could not be made"))), "image/png"),
  );
}

/** Splits text into lines no wider than `width` px in the context's current font. */
function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const next = current ? `${current} ${word}` : word;
    if (current && ctx.measureText(next).width > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/** Saves a Blob as a file through the browser's download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
