import { request as httpRequest } from "node:http";
import {
  type RunningDemoServer,
  type StartDemoServerOptions,
  startDemoServer,
} from "./startDemoServer.ts";

/** A demo server started for a test (no page), with every upstream request it forwarded. */
export interface TestDemoServer extends RunningDemoServer {
  /** The requests the proxy forwarded upstream, as `METHOD path`. */
  forwarded: string[];
}

/** Starts the demo server without the page on 127.0.0.1 port 0, with instant jobs. */
export async function startTestServer(
  options: StartDemoServerOptions = {},
): Promise<TestDemoServer> {
  const forwarded: string[] = [];
  const server = await startDemoServer({
    latency: "instant",
    ...options,
    onUpstreamRequest: (request) => {
      forwarded.push(`${request.method} ${new URL(request.url).pathname}`);
      options.onUpstreamRequest?.(request);
    },
  });
  return Object.assign(server, { forwarded });
}

/**
 * Sends a request with its path exactly as written: `fetch` would normalize dot segments away
 * before they ever reached the server.
 */
export function rawRequest(
  base: string,
  path: string,
  method = "GET",
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        headers: { accept: "application/json", ...headers },
      },
      (incoming) => {
        let body = "";
        incoming.setEncoding("utf8");
        incoming.on("data", (chunk: string) => {
          body += chunk;
        });
        incoming.on("end", () =>
          resolve({ status: incoming.statusCode ?? 0, body, headers: incoming.headers }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}
