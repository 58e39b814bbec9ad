import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
  raw: string;
}

/** A plain HTTP server on 127.0.0.1 that records every request for the test to inspect. */
export async function startHttpFake(
  handler: (request: Recorded, response: ServerResponse) => void | Promise<void>,
): Promise<{ server: Server; port: number; calls: Recorded[]; close(): Promise<void> }> {
  const calls: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const recorded = { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, body, raw };
      calls.push(recorded);
      try {
        await handler(recorded, res);
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    calls,
    async close() {
      // SDKs keep sockets alive; closing them is what lets close() finish (CHANNEL-EMULATORS.md §0).
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
