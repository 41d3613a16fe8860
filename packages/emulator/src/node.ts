/// <reference types="node" />
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createEngageEmulator } from "./createEngageEmulator.ts";
import type { EngageEmulator } from "./EngageEmulator.ts";
import type { EngageEmulatorOptions } from "./options.ts";

/** A web-standard fetch handler, like `emulator.handle`. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** The options of `startEmulatorServer`: where to listen, and the emulator to serve. */
export interface EmulatorServerOptions extends EngageEmulatorOptions {
  /** The port; `0` picks a free one. Defaults to `0`. */
  port?: number;
  /** The interface to listen on. Defaults to `"127.0.0.1"`. */
  host?: string;
  /** An emulator to serve; one is created from the other options when absent. */
  emulator?: EngageEmulator;
  /** Called after every request the emulator answered (e.g. to save state). */
  onAnswered?: (request: Request, response: Response) => void;
}

/** A running emulator server. */
export interface EmulatorServer {
  /** The base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  /** The port it listens on. */
  port: number;
  /** The emulator behind it. */
  emulator: EngageEmulator;
  /** The Node server. */
  server: Server;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

function toRequest(incoming: IncomingMessage, body: Buffer, fallbackHost: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? "GET";
  const url = `http://${incoming.headers.host ?? fallbackHost}${incoming.url ?? "/"}`;
  const hasBody = method !== "GET" && method !== "HEAD" && body.byteLength > 0;
  return new Request(url, { method, headers, ...(hasBody ? { body: new Uint8Array(body) } : {}) });
}

/**
 * Creates a Node `http` request listener from a fetch handler. When the handler rejects (the
 * dropped-connection faults), the socket is destroyed so the caller sees a network error.
 */
export function toNodeListener(
  handler: FetchHandler,
  options: {
    fallbackHost?: string;
    onAnswered?: (request: Request, response: Response) => void;
  } = {},
): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  return (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("error", () => outgoing.destroy());
    incoming.on("end", () => {
      let request: Request;
      try {
        request = toRequest(incoming, Buffer.concat(chunks), options.fallbackHost ?? "localhost");
      } catch {
        outgoing.writeHead(400, { "content-type": "text/plain" }).end("Bad request");
        return;
      }
      handler(request)
        .then(async (response) => {
          const body = Buffer.from(await response.arrayBuffer());
          const headers: Record<string, string> = {};
          response.headers.forEach((value, name) => {
            headers[name] = value;
          });
          outgoing.writeHead(response.status, headers).end(body);
          options.onAnswered?.(request, response);
        })
        .catch(() => {
          incoming.socket.destroy();
        });
    });
  };
}

/**
 * Starts an emulator HTTP server on Node.
 *
 * @example
 * ```ts
 * const server = await startEmulatorServer({ port: 0, latency: "fast" });
 * console.log(server.url); // http://127.0.0.1:54321
 * await server.close();
 * ```
 */
export async function startEmulatorServer(
  options: EmulatorServerOptions = {},
): Promise<EmulatorServer> {
  const { port = 0, host = "127.0.0.1", emulator: given, onAnswered, ...emulatorOptions } = options;
  const emulator = given ?? createEngageEmulator(emulatorOptions);
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let fallbackHost = urlHost;
  const server = createServer(
    toNodeListener(emulator.handle, {
      get fallbackHost() {
        return fallbackHost;
      },
      ...(onAnswered ? { onAnswered } : {}),
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  fallbackHost = `${urlHost}:${actualPort}`;
  return {
    url: `http://${fallbackHost}`,
    port: actualPort,
    emulator,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
