import { geoPath, geoTransform } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { useEffect, useMemo, useRef, useState } from "react";
import type { BuiltData, Content } from "../content/schema";
import type { UserRoute } from "../store/user-route";
import { ARROW_SIZE, ARROW_SPACING, arrowPath, arrowsAlong } from "./flow-arrows";
import { dashPattern, INACTIVE_OPACITY, type LineStyleKey, lineLook } from "./line-styles";
import { type Lens, PALETTE } from "./style";

type Props = {
  data: BuiltData;
  content: Content;
  basemapUrl: string;
  visible: Record<string, boolean>;
  lens: Lens;
  userRoutes: readonly UserRoute[];
  selected: string | null;
  hovered: string | null;
  /** [west, south, east, north] in degrees to frame. */
  bbox: readonly number[];
  onSelect(routeId: string): void;
  /** The basemap already read (a printout draws several maps from one copy); else it is fetched. */
  basemap?: FeatureCollection;
  /** Called once the map is drawn with its basemap. */
  onDrawn?(): void;
  /** Printed: no clickable lines, and a plain label. */
  label?: string;
};

/** Drawing size in SVG units; the SVG scales to its box. */
const W = 1000;
const H = 700;
const PAD = 24;

/** Web Mercator's y for a latitude in degrees, in the same units as longitude degrees. */
function mercatorY(lat: number): number {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI;
}

/**
 * A planar Mercator that frames `bbox`: the same look as the interactive map, and no spherical
 * clipping or ring-winding rules to trip over with clipped polygons.
 */
function makeProjection([w, s, e, n]: readonly number[]) {
  const y0 = mercatorY(s);
  const y1 = mercatorY(n);
  const k = Math.min((W - 2 * PAD) / (e - w), (H - 2 * PAD) / (y1 - y0));
  const cx = (w + e) / 2;
  const cy = (y0 + y1) / 2;
  const project = (lon: number, lat: number): [number, number] => [
    W / 2 + (lon - cx) * k,
    H / 2 - (mercatorY(lat) - cy) * k,
  ];
  const path = geoPath(
    geoTransform({
      point(x, y) {
        const [px, py] = project(x, y);
        this.stream.point(px, py);
      },
    }),
  );
  return { project, path, k };
}

/**
 * The still map shown where WebGL is missing: the same basemap, routes, line styles and labels,
 * drawn as SVG. Lines can be clicked; everything else goes through the routes panel and table.
 */
export default function StaticMap({
  data,
  content,
  basemapUrl,
  visible,
  lens,
  userRoutes,
  selected,
  hovered,
  bbox,
  onSelect,
  basemap: given,
  onDrawn,
  label,
}: Props) {
  const [fetched, setBasemap] = useState<FeatureCollection | null>(null);
  const basemap = given ?? fetched;
  const whenDrawn = useRef(onDrawn);
  whenDrawn.current = onDrawn;
  useEffect(() => {
    if (basemap) whenDrawn.current?.();
  }, [basemap]);
  useEffect(() => {
    if (given) return;
    let live = true;
    fetch(basemapUrl)
      .then((r) => r.json())
      .then((json: FeatureCollection) => live && setBasemap(json))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [basemapUrl, given]);

  const { project, path } = useMemo(() => makeProjection(bbox), [bbox]);
  const d = (g: Geometry) => path(g) ?? undefined;
  const kind = (k: string) => basemap?.features.filter((f) => f.properties?.kind === k) ?? [];
  const places = data.places.features;
  const stroke = 4;

  /** The lines to draw, built-in (styled by their status on the lens's day) then imported. */
  type DrawnLine = {
    id: string;
    geometry: { type: "LineString"; coordinates: number[][] };
    style: LineStyleKey;
    widthFactor: number;
    status?: string;
    inactive: boolean;
  };
  const drawn: { id: string; colour: string; lines: DrawnLine[] }[] = [
    ...content.routes
      .filter((r) => visible[r.id])
      .map((route) => ({
        id: route.id,
        colour: route.colour,
        lines: data.lines.features
          .filter((f) => f.properties.route === route.id)
          .flatMap((f): DrawnLine[] => {
            const look = lineLook(f.properties, lens.day, lens.byCapacity);
            if (!look) return [];
            const { style, widthFactor, status, inactive } = look;
            return [{ id: f.properties.id, geometry: f.geometry, style, widthFactor, status, inactive }];
          }),
      })),
    ...userRoutes
      .filter((r) => visible[r.id])
      .map((route) => ({
        id: route.id,
        colour: route.colour,
        lines: route.lines.map(
          (l): DrawnLine => ({
            id: l.id,
            geometry: { type: "LineString", coordinates: l.coordinates },
            style: route.dash,
            widthFactor: 1,
            inactive: false,
          }),
        ),
      })),
  ];

  return (
    <svg
      className="static-map"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label ?? `Still map of the Caspian region with the routes shown, as in ${content.article.asOf}`}
      data-testid="static-map"
    >
      <rect width={W} height={H} fill={PALETTE.water} />
      {kind("country").map((f, i) => (
        <path
          key={`c${String(i)}`}
          d={d(f.geometry)}
          fill={f.properties?.name === content.focusCountry ? PALETTE.focusLand : PALETTE.land}
          stroke="#7aa6c2"
          strokeWidth={0.6}
        />
      ))}
      {kind("water").map((f, i) => (
        <path key={`w${String(i)}`} d={d(f.geometry)} fill={PALETTE.water} stroke="#7aa6c2" strokeWidth={0.6} />
      ))}
      {kind("border").map((f, i) => (
        <path
          key={`b${String(i)}`}
          d={d(f.geometry)}
          fill="none"
          stroke={PALETTE.border}
          strokeWidth={1}
          strokeDasharray="4 2"
        />
      ))}
      {places
        .filter((p) => p.properties.kind === "country" || p.properties.kind === "sea")
        .map((p) => {
          const [x, y] = project(p.geometry.coordinates[0], p.geometry.coordinates[1]);
          const sea = p.properties.kind === "sea";
          return (
            <text
              key={p.properties.name}
              x={x}
              y={y}
              className="static-label"
              textAnchor="middle"
              fill={sea ? PALETTE.seaText : PALETTE.countryText}
              letterSpacing={sea ? 1 : 2}
              fontSize={13}
            >
              {p.properties.name}
            </text>
          );
        })}
      {drawn.map((route) => {
        const lit = route.id === selected || route.id === hovered;
        const dim = selected !== null && !lit;
        const width = lit ? stroke + 2 : stroke;
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; the routes panel is the keyboard way in
          <g
            key={route.id}
            data-route={route.id}
            opacity={dim ? 0.35 : 1}
            onClick={() => onSelect(route.id)}
            style={{ cursor: "pointer" }}
          >
            {route.lines.map((line) => {
              const w = width * line.widthFactor;
              return (
                <g
                  key={line.id}
                  data-line={line.id}
                  data-status={line.status}
                  opacity={line.inactive ? INACTIVE_OPACITY : 1}
                >
                  <path
                    d={d(line.geometry)}
                    fill="none"
                    stroke="#fff"
                    strokeWidth={w + 4}
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    opacity={0.85}
                  />
                  <path
                    d={d(line.geometry)}
                    fill="none"
                    stroke={route.colour}
                    strokeWidth={w}
                    strokeDasharray={dashPattern(line.style, w)?.join(" ")}
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                  {arrowsAlong(
                    line.geometry.coordinates.map(([lon, lat]) => project(lon, lat)),
                    ARROW_SPACING,
                  ).map((a) => (
                    <path
                      key={`${a.x.toFixed(1)},${a.y.toFixed(1)}`}
                      className="flow-arrow"
                      d={arrowPath(ARROW_SIZE)}
                      transform={`translate(${a.x.toFixed(1)} ${a.y.toFixed(1)}) rotate(${a.angle.toFixed(1)})`}
                      fill={route.colour}
                      stroke="#fff"
                      strokeWidth={2}
                      strokeLinejoin="round"
                    />
                  ))}
                </g>
              );
            })}
          </g>
        );
      })}
      {places
        .filter((p) => p.properties.kind !== "country" && p.properties.kind !== "sea")
        .map((p) => {
          const [x, y] = project(p.geometry.coordinates[0], p.geometry.coordinates[1]);
          if (x < 0 || x > W || y < 0 || y > H) return null;
          const capital = p.properties.kind === "capital";
          return (
            <g key={p.properties.name}>
              <circle
                cx={x}
                cy={y}
                r={capital ? 4.5 : 3.5}
                fill={capital ? "#fff" : PALETTE.placeText}
                stroke={PALETTE.placeText}
                strokeWidth={capital ? 2 : 1}
              />
              <text x={x + 7} y={y + 4} className="static-label" fill={PALETTE.placeText} fontSize={13}>
                {p.properties.name}
              </text>
            </g>
          );
        })}
    </svg>
  );
}
