import type { Feature, FeatureCollection, Geometry, Position } from "geojson";

/**
 * The basemap as the live map downloads it: half the bytes of its GeoJSON (about 25 KB gzip
 * instead of 51). Its coordinates have two decimals (about 1 km, src/build/basemap.ts), so each
 * ring or line is kept as whole hundredths of a degree, each point as its step from the one
 * before: short numbers that compress well. Unpacking gives back the very same GeoJSON.
 */
export type PackedBasemap = {
  packed: "caspian-basemap-1";
  /** Per feature: its properties, its geometry type, and its rings or lines, delta-encoded. */
  features: [Record<string, unknown>, "Polygon" | "MultiPolygon" | "LineString" | "MultiLineString", unknown][];
};

const pack = (line: Position[]): number[] => {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of line) {
    const [X, Y] = [Math.round(x * 100), Math.round(y * 100)];
    out.push(X - px, Y - py);
    px = X;
    py = Y;
  }
  return out;
};

const unpack = (deltas: number[]): Position[] => {
  const out: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < deltas.length; i += 2) {
    x += deltas[i];
    y += deltas[i + 1];
    // Whole hundredths divided by 100 give the same numbers as the GeoJSON's two decimals.
    out.push([x / 100, y / 100]);
  }
  return out;
};

export function packBasemap(fc: FeatureCollection): PackedBasemap {
  return {
    packed: "caspian-basemap-1",
    features: fc.features.map((f) => {
      const g = f.geometry;
      const props = f.properties ?? {};
      switch (g.type) {
        case "Polygon":
          return [props, g.type, g.coordinates.map(pack)];
        case "MultiPolygon":
          return [props, g.type, g.coordinates.map((p) => p.map(pack))];
        case "LineString":
          return [props, g.type, pack(g.coordinates)];
        case "MultiLineString":
          return [props, g.type, g.coordinates.map(pack)];
        default:
          throw new Error(`basemap: ${g.type} is not packed`);
      }
    }),
  };
}

export function unpackBasemap(p: PackedBasemap): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: p.features.map(([properties, type, c]): Feature => {
      const geometry = (
        type === "Polygon" || type === "MultiLineString"
          ? { type, coordinates: (c as number[][]).map(unpack) }
          : type === "MultiPolygon"
            ? { type, coordinates: (c as number[][][]).map((poly) => poly.map(unpack)) }
            : { type, coordinates: unpack(c as number[]) }
      ) as Geometry;
      return { type: "Feature", properties, geometry };
    }),
  };
}
