/// <reference types="node" />
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createOrdersProxy } from "./createOrdersProxy.ts";
import { decodePathSegments } from "./decodePathSegments.ts";
import { errorResponse } from "./errorResponse.ts";
import type { OrdersProxyOptions } from "./types.ts";

/** A web-standard fetch handler, such as the one `createOrdersProxy` returns. */
export interface FetchHandler {
  (request: Request): Promise<Response>;
  /**
   * The headers for an answer the adapter gives itself, before a `Request` exists (the
   * proxy's `answerHeaders`: CORS, `no-store`, `nosniff`). `no-store` and `nosniff` are set
   * on those answers either way.
   */
  readonly answerHeaders?: (origin: string | null) => Record<string, string>;
}

// Methods no `Request` can carry (the Fetch standard forbids them): they are answered here.
const forbiddenMethods = new Set(["CONNECT", "TRACE", "TRACK"]);

// The methods the Orders routes use, for the `Allow` header of a refused method.
const allowedMethods = "GET, POST, PUT, DELETE, OPTIONS";

/** The options of {@link createNodeListener}. */
export interface NodeListenerOptions {
  /**
   * The public origin of the server (`https://shop.example`), used for request URLs. Defaults
   * to `http://` plus the request's `Host` header.
   */
  readonly publicOrigin?: string;
}

// Node's own request body buffer, in bytes, before it stops reading the socket.
const bodyHighWaterMark = 64 * 1024;

/**
 * Creates a `Request` from a Node `IncomingMessage`, streaming its body with backpressure
 * (the socket is paused while the handler is not reading). `signal` aborts when the client
 * goes away. Returns `undefined` for a raw path that must be refused before any URL parsing
 * would normalize it (dot segments, backslashes, an absolute-form target).
 */
export function toWebRequest(
  incoming: IncomingMessage,
  signal: AbortSignal,
  options: NodeListenerOptions = {},
): Request | undefined {
  const target = incoming.url ?? "/";
  const queryAt = target.indexOf("?");
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  if (!rawPath.startsWith("/") || !decodePathSegments(rawPath).ok) return undefined;
  const origin = options.publicOrigin ?? `http://${incoming.headers.host ?? "localhost"}`;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return undefined;
  }
  const headers = new Headers();
  for (const { name, value } of headerPairs(incoming.rawHeaders)) {
    // HTTP/2 pseudo-headers (`:path`, `:method`) are not headers of the request.
    if (!name.startsWith(":")) headers.append(name, value);
  }
  const method = incoming.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(url, {
    method,
    headers,
    signal,
    ...(hasBody ? { body: bodyStream(incoming), duplex: "half" } : {}),
  } as RequestInit);
}

function bodyStream(incoming: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        incoming.on("data", (chunk: Buffer) => {
          // After a cancel the bytes are only drained (see `drainUnreadBody`), never queued.
          if (cancelled) return;
          controller.enqueue(new Uint8Array(chunk));
          if ((controller.desiredSize ?? 0) <= 0) incoming.pause();
        });
        incoming.on("end", () => {
          if (!cancelled) controller.close();
        });
        incoming.on("error", (error) => {
          if (!cancelled) controller.error(error);
        });
      },
      pull() {
        incoming.resume();
      },
      cancel() {
        // The handler has seen enough (say a body over the limit): stop reading until the
        // answer is sent.
        cancelled = true;
        incoming.pause();
      },
    },
    { highWaterMark: bodyHighWaterMark, size: (chunk) => chunk.byteLength },
  );
}

// How many unread request bytes are discarded after an early answer before the connection
// is dropped instead.
const drainLimitBytes = 1024 * 1024;

/**
 * Discards what is left of a request body the handler did not read, after the answer went
 * out. Closing the socket with bytes still arriving would make the kernel reset the
 * connection, and the client could lose the answer (a 413, say) it was about to read.
 */
function drainUnreadBody(incoming: IncomingMessage): void {
  if (incoming.complete) return;
  let drained = 0;
  incoming.on("data", (chunk: Buffer) => {
    drained += chunk.byteLength;
    if (drained > drainLimitBytes) incoming.socket.destroy();
  });
  incoming.resume();
}

/** Writes a web `Response` to a Node `ServerResponse`, streaming the body with backpressure. */
export async function sendWebResponse(outgoing: ServerResponse, response: Response) {
  outgoing.statusCode = response.status;
  if (response.statusText !== "") outgoing.statusMessage = response.statusText;
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") outgoing.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) outgoing.setHeader("set-cookie", cookies);
  if (response.body === null) {
    outgoing.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      if (outgoing.destroyed) {
        await reader.cancel();
        return;
      }
      const { done, value } = await reader.read();
      if (done) break;
      if (!outgoing.write(value))
        await Promise.race([once(outgoing, "drain"), once(outgoing, "close")]);
    }
    outgoing.end();
  } finally {
    reader.releaseLock();
  }
}

/**
 * Creates a Node `http` request listener that runs a web-standard fetch handler: the
 * `IncomingMessage` becomes a `Request`, the `Response` is streamed back.
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * createServer(createNodeListener(createOrdersProxy(options))).listen(8787);
 * ```
 */
export function createNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}) {
  return (incoming: IncomingMessage, outgoing: ServerResponse): void => {
    const controller = new AbortController();
    outgoing.on("close", () => {
      if (!outgoing.writableFinished) controller.abort(new Error("The client went away."));
    });
    const origin = typeof incoming.headers.origin === "string" ? incoming.headers.origin : null;
    // An answer given here carries what every proxy answer carries, so the page can read it.
    const earlyAnswer = (response: Response): Response => {
      const headers: Record<string, string> = {
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        ...handler.answerHeaders?.(origin),
      };
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    };
    const run = async () => {
      const method = (incoming.method ?? "GET").toUpperCase();
      let response: Response;
      if (forbiddenMethods.has(method)) {
        response = earlyAnswer(
          errorResponse(405, "MethodNotAllowed", `${method} is not supported.`, [], {
            allow: allowedMethods,
          }),
        );
      } else {
        const request = toWebRequest(incoming, controller.signal, options);
        response =
          request === undefined
            ? earlyAnswer(
                errorResponse(400, "InvalidRequest", "The request path is not allowed.", [
                  { field: "path", message: "must be a plain absolute path" },
                ]),
              )
            : await handler(request);
      }
      if (response.status === 408) {
        // The client is too slow to finish its body: close the connection rather than wait
        // for the rest of it.
        outgoing.setHeader("connection", "close");
        await sendWebResponse(outgoing, response);
        return;
      }
      await sendWebResponse(outgoing, response);
      drainUnreadBody(incoming);
    };
    run().catch(() => {
      if (!outgoing.headersSent) {
        void sendWebResponse(
          outgoing,
          earlyAnswer(errorResponse(500, "ProxyError", "The proxy failed to answer.")),
        ).catch(() => outgoing.destroy());
      } else {
        outgoing.destroy();
      }
    });
  };
}

/** The options of {@link serveOrdersProxy}: the proxy's options plus where to listen. */
export interface ServeOrdersProxyOptions extends OrdersProxyOptions {
  /** The port to listen on; `0` picks a free one. */
  readonly port: number;
  /** The interface to listen on. Defaults to `"127.0.0.1"`, reachable from this machine only. */
  readonly host?: string;
}

/** A running Node proxy server: its `url` (without `basePath`) and `close`. */
export type RunningOrdersProxy = ListeningServer;

/**
 * Starts the Orders proxy on a Node `http` server.
 *
 * @example
 * ```ts
 * const server = await serveOrdersProxy({
 *   port: 8787,
 *   baseUrl: process.env.ENGAGE_BASE_URL!,
 *   apiKey: process.env.ENGAGE_API_KEY!,
 *   authorize: (request) => isSignedIn(request),
 * });
 * console.log(`Orders proxy on ${server.url}`);
 * ```
 */
export async function serveOrdersProxy(
  options: ServeOrdersProxyOptions,
): Promise<RunningOrdersProxy> {
  const { port, host = "127.0.0.1", ...proxyOptions } = options;
  const listenerOptions =
    options.publicOrigin === undefined ? {} : { publicOrigin: options.publicOrigin };
  const server = createServer(createNodeListener(createOrdersProxy(proxyOptions), listenerOptions));
  return listenOnPort(server, port, host);
}

/** A Node HTTP server that is listening. */
export interface ListeningServer {
  /** The server's URL, e.g. `http://127.0.0.1:8787` (an IPv6 address in brackets). */
  readonly url: string;
  /** Stops listening, closes open connections and resolves once the server has closed. */
  readonly close: () => Promise<void>;
}

/**
 * Starts `server` listening on `port` (`0` picks a free one) and `host`, and resolves once it
 * listens with its URL and a `close` that also ends open keep-alive connections. Rejects with
 * the listen error (say `EADDRINUSE`).
 */
export async function listenOnPort(
  server: Server,
  port: number,
  host: string,
): Promise<ListeningServer> {
  server.listen(port, host);
  await once(server, "listening");
  const address = server.address() as AddressInfo;
  const hostname = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostname}:${address.port}`,
    close: async () => {
      const closed = once(server, "close");
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}

/** The raw headers as name and value pairs: Node lists them flat (name, value, name, value …). */
function headerPairs(rawHeaders: readonly string[]): { name: string; value: string }[] {
  const pairs: { name: string; value: string }[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = rawHeaders[index];
    const value = rawHeaders[index + 1];
    if (name !== undefined && value !== undefined) pairs.push({ name, value });
  }
  return pairs;
}
