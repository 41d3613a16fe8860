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

/**
 * The incoming body as a web stream that reads only when pulled: the emulator checks the key
 * and the size limit first, so an unwanted upload is never buffered whole.
 */
function bodyStream(incoming: IncomingMessage): ReadableStream<Uint8Array> {
  const chunks = incoming[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value as Buffer));
      },
      cancel() {
        // The listener closes the connection after its answer; nothing more is read.
        incoming.pause();
      },
    },
    { highWaterMark: 0 },
  );
}

function toRequest(incoming: IncomingMessage, fallbackHost: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? "GET";
  const url = `http://${incoming.headers.host ?? fallbackHost}${incoming.url ?? "/"}`;
  const declaresBody =
    incoming.headers["transfer-encoding"] !== undefined ||
    Number(incoming.headers["content-length"] ?? 0) > 0;
  const hasBody = method !== "GET" && method !== "HEAD" && declaresBody;
  // `duplex` is required by Node's fetch for a streamed body; DOM's RequestInit lacks it.
  const init: RequestInit & { duplex?: "half" } = { method, headers };
  if (hasBody) {
    init.body = bodyStream(incoming);
    init.duplex = "half";
  }
  return new Request(url, init);
}

/**
 * Creates a Node `http` request listener from a fetch handler. The body is streamed to the
 * handler, never buffered first, so the emulator answers a request without a key or above
 * the size limit before reading it; the connection is then closed instead of taking the rest.
 * When the handler rejects (the dropped-connection faults), the socket is destroyed so the
 * caller sees a network error.
 */
export function toNodeListener(
  handler: FetchHandler,
  options: {
    fallbackHost?: string;
    onAnswered?: (request: Request, response: Response) => void;
  } = {},
): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  return (incoming, outgoing) => {
    incoming.on("error", () => outgoing.destroy());
    let request: Request;
    try {
      request = toRequest(incoming, options.fallbackHost ?? "localhost");
    } catch {
      outgoing.writeHead(400, { "content-type": "text/plain", connection: "close" });
      outgoing.end("Bad request");
      return;
    }
    handler(request)
      .then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          headers[name] = value;
        });
        // An unread rest of the body cannot be skipped on a kept-alive connection: close it.
        if (!incoming.complete) headers.connection = "close";
        outgoing.writeHead(response.status, headers).end(body);
        options.onAnswered?.(request, response);
      })
      .catch(() => {
        incoming.socket.destroy();
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
