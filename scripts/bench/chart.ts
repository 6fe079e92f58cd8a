/** A small SVG line chart of build time against the number of posts, one line per measured step. */
export function timeChart(series: { name: string; colour: string; points: [number, number][] }[]): string {
  const width = 640;
  const height = 360;
  const pad = 48;
  const xs = series.flatMap((s) => s.points.map(([x]) => x));
  const ys = series.flatMap((s) => s.points.map(([, y]) => y));
  const maxX = Math.max(...xs, 1);
  const maxY = Math.max(...ys, 1);
  const px = (x: number) => pad + (x / maxX) * (width - 2 * pad);
  const py = (y: number) => height - pad - (y / maxY) * (height - 2 * pad);
  const lines = series
    .map((s, i) => {
      const d = s.points.map(([x, y], j) => `${j ? "L" : "M"}${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(" ");
      return `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="3"/><text x="${width - pad}" y="${pad + i * 18}" text-anchor="end" fill="${s.colour}" font-size="13">${s.name}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" font-family="sans-serif"><title>Build time against number of posts</title>
<rect width="${width}" height="${height}" fill="#fff"/><path d="M${pad},${pad} V${height - pad} H${width - pad}" stroke="#333" fill="none"/>
<text x="${width / 2}" y="${height - 12}" text-anchor="middle" font-size="13">posts (max ${maxX})</text><text x="14" y="${height / 2}" font-size="13" transform="rotate(-90 14 ${height / 2})" text-anchor="middle">seconds (max ${maxY.toFixed(1)})</text>${lines}</svg>\n`;
}
