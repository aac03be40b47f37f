import { dashPattern, type LineStyleKey } from "../map/line-styles";

/** The key of a picture: the routes drawn, the line styles in use, and stopped lines' statuses. */
export type PictureKey = {
  routes: { name: string; colour: string; dash: LineStyleKey }[];
  styles: { label: string; style: LineStyleKey }[];
  /** Labels for statuses drawn faded ("Halted"). */
  stopped: string[];
  /** The heading over the styles: "Status in November 1997". */
  statusHeading: string;
  /** Labels for the symbols: the arrow, a capital, a border. */
  symbols: { arrow: string; capital: string; border: string };
};

/**
 * How much larger than the window the picture is drawn: 1920×1080 at least, or twice the
 * window, whichever is larger (never more than 4×, which is all a graphics card reliably holds).
 */
export function pictureScale(cssWidth: number, cssHeight: number): number {
  return Math.min(4, Math.max(2, 1920 / Math.max(1, cssWidth), 1080 / Math.max(1, cssHeight)));
}

/** Key panel width in CSS px (times the picture's scale). */
const KEY_WIDTH = 300;

/**
 * The map as a PNG for slides and worksheets: the map as drawn, a full key beside it (so it never
 * covers a route: route colours and patterns, the status line styles, the symbols), a banner
 * when the date is after the article, and the source line and references underneath. Sizes are
 * CSS px times `pixelRatio`, the scale the map was drawn at.
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
  const keyW = KEY_WIDTH * r;
  const width = map.width + keyW;
  // The footer: the source line, then the references, wrapped to the picture's width.
  probe.font = font(12);
  const refLines = opts.references.length
    ? wrapText(probe, `Sources of the statuses shown: ${opts.references.join("; ")}.`, width - 24 * r)
    : [];
  const lineH = 18 * r;
  const footer = 34 * r + refLines.length * lineH + (refLines.length ? 8 * r : 0);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = map.height + footer;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw the picture");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(map, 0, 0);

  // The key, in its own column to the right of the map.
  const k = opts.key;
  const x0 = map.width;
  const pad = 14 * r;
  const row = 24 * r;
  const sample = 44 * r;
  ctx.fillStyle = "#fbfaf7";
  ctx.fillRect(x0, 0, keyW, map.height);
  ctx.fillStyle = "#d8d3c8";
  ctx.fillRect(x0, 0, r, map.height);
  ctx.textBaseline = "middle";
  let y = pad + row / 2;
  const heading = (text: string) => {
    ctx.fillStyle = "#1d1b18";
    ctx.font = font(15, 700);
    ctx.fillText(text, x0 + pad, y, keyW - 2 * pad);
    y += row;
  };
  const entry = (text: string, draw: (cx: number, cy: number) => void) => {
    draw(x0 + pad, y);
    ctx.fillStyle = "#1d1b18";
    ctx.font = font(14);
    ctx.fillText(text, x0 + pad * 2 + sample, y, keyW - pad * 3 - sample);
    y += row;
  };
  const stroke =
    (colour: string, style: LineStyleKey, alpha = 1) =>
    (cx: number, cy: number) => {
      const w = 4 * r;
      ctx.save();
      ctx.globalAlpha = alpha;
      ctx.lineCap = style === "tanker" ? "round" : "butt";
      ctx.lineWidth = w;
      ctx.strokeStyle = colour;
      ctx.setLineDash(dashPattern(style, w) ?? []);
      ctx.beginPath();
      ctx.moveTo(cx + w / 2, cy);
      ctx.lineTo(cx + sample - w / 2, cy);
      ctx.stroke();
      ctx.restore();
    };
  ctx.fillStyle = "#1d1b18";
  ctx.font = font(17, 700);
  ctx.fillText("Key", x0 + pad, y);
  y += row;
  if (k.routes.length > 0) {
    heading("Routes");
    for (const route of k.routes) entry(route.name, stroke(route.colour, route.dash));
  }
  if (k.styles.length > 0) {
    y += row / 3;
    heading(k.statusHeading);
    for (const s of k.styles) entry(s.label, stroke("#3b3b3b", s.style));
    for (const label of k.stopped) entry(`${label}: faded`, stroke("#3b3b3b", "operating", 0.4));
  }
  y += row / 3;
  entry(k.symbols.arrow, (cx, cy) => {
    stroke("#3b3b3b", "operating")(cx, cy);
    ctx.fillStyle = "#3b3b3b";
    ctx.beginPath();
    ctx.moveTo(cx + sample / 2 + 6 * r, cy);
    ctx.lineTo(cx + sample / 2 - 5 * r, cy - 6 * r);
    ctx.lineTo(cx + sample / 2 - 5 * r, cy + 6 * r);
    ctx.closePath();
    ctx.fill();
  });
  entry(k.symbols.capital, (cx, cy) => {
    ctx.fillStyle = "#ffffff";
    ctx.strokeStyle = "#2b2926";
    ctx.lineWidth = 2 * r;
    ctx.beginPath();
    ctx.arc(cx + sample / 2, cy, 5 * r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  });
  entry(k.symbols.border, (cx, cy) => {
    ctx.strokeStyle = "#8d8577";
    ctx.lineWidth = 1.6 * r;
    ctx.setLineDash([5 * r, 2.5 * r]);
    ctx.beginPath();
    ctx.moveTo(cx, cy);
    ctx.lineTo(cx + sample, cy);
    ctx.stroke();
    ctx.setLineDash([]);
  });

  if (opts.banner) {
    ctx.font = font(18, 700);
    const w = ctx.measureText(opts.banner).width + 28 * r;
    const h = 34 * r;
    const x = (map.width - w) / 2;
    ctx.fillStyle = "#7a3b00";
    ctx.fillRect(x, 10 * r, w, h);
    ctx.fillStyle = "#ffffff";
    ctx.textBaseline = "middle";
    ctx.fillText(opts.banner, x + 14 * r, 10 * r + h / 2);
  }

  // Source line under the map and key.
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
