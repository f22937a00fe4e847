import { createReadStream, promises as fs } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import path from "path";

/** A URL prefix served from a directory. */
export interface StaticRoot {
  prefix: string;
  directory: string;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * A tiny static file server on a free localhost port, for the E2E suite: the built pane (dist/) and the
 * example workbooks. Paths are resolved inside their root only.
 */
export async function startStaticServer(roots: StaticRoot[]): Promise<StaticServer> {
  const ordered = [...roots].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      const pathname = decodeURIComponent(url.pathname);
      const root = ordered.find((candidate) => pathname.startsWith(candidate.prefix));
      if (!root) return notFound();
      const relative = pathname.slice(root.prefix.length) || "index.html";
      const file = path.resolve(root.directory, relative);
      if (!file.startsWith(path.resolve(root.directory) + path.sep)) return notFound();
      try {
        const stat = await fs.stat(file);
        if (!stat.isFile()) return notFound();
        response.writeHead(200, {
          "Content-Type": contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream",
          "Content-Length": stat.size,
          "Cache-Control": "no-store",
        });
        createReadStream(file).pipe(response);
      } catch {
        notFound();
      }
    })();
    function notFound() {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
