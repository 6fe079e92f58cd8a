/**
 * Serves a built site the way static hosts do (GitHub Pages, Netlify): folders answer with index.html,
 * unknown paths get /404.html with status 404, and byte ranges are honoured (a player can only seek in audio
 * it can fetch from the middle). Used by the browser tests; nothing else.
 *
 *   tsx scripts/staticServer.ts <folder> <port>
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".mp3": "audio/mpeg",
  ".vtt": "text/vtt",
};

export function startStaticServer(folder: string, port: number) {
  const root = path.resolve(folder);
  return createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = root; // no escaping the site folder with ../
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(root, "404.html");
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    const size = statSync(file).size;
    const range = status === 200 ? /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "") : null;
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      response.writeHead(206, {
        "content-type": type,
        "accept-ranges": "bytes",
        "content-range": `bytes ${start}-${end}/${size}`,
        "content-length": end - start + 1,
      });
      createReadStream(file, { start, end }).pipe(response);
      return;
    }
    response.writeHead(status, { "content-type": type, "accept-ranges": "bytes", "content-length": size });
    createReadStream(file).pipe(response);
  }).listen(port, "127.0.0.1");
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [folder = "_site", port = "4173"] = process.argv.slice(2);
  startStaticServer(folder, Number(port));
  console.log(`Serving ${folder} on http://127.0.0.1:${port}/`);
}
