/// <reference types="node" />
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { EngageEmulator } from "@engage-orders/emulator";
import { createNodeListener, listenOnPort } from "@engage-orders/proxy/node";
import { createDemoApp, type DemoApp, type DemoAppOptions } from "./createDemoApp.ts";

/** A Connect-style middleware, such as Vite's `server.middlewares`, that serves the page. */
export type PageMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** The options of `startDemoServer`: the app's options plus where and how to serve. */
export interface StartDemoServerOptions extends Omit<DemoAppOptions, "publicOrigin"> {
  /**
   * The origin the page is opened at. Defaults to the server's own URL (`http://127.0.0.1:…`).
   * Requests for any other `Host` are refused, so a DNS-rebinding page gets nothing.
   */
  publicOrigin?: string;
  /** More `Host` values (`host:port`) to answer, e.g. a name on the local network. Defaults to none. */
  allowedHosts?: readonly string[];
  /** The port; `0` picks a free one. Defaults to `0`. */
  port?: number;
  /** The interface. Defaults to `"127.0.0.1"` (this machine only). */
  host?: string;
  /** The HTTP server to use (Vite's HMR shares it); one is created when absent. */
  server?: Server;
  /** Serves the page (Vite in middleware mode); without it, other paths answer 404. */
  page?: PageMiddleware;
  /** Called when the server closes (say, to close Vite). */
  onClose?: () => Promise<void> | void;
}

/** A running demo server. */
export interface RunningDemoServer {
  /** The URL to open, e.g. `http://127.0.0.1:5173`. */
  readonly url: string;
  /** Emulator or tenant. */
  readonly mode: "emulator" | "tenant";
  /** The in-process emulator (emulator mode only). */
  readonly emulator: EngageEmulator | undefined;
  /** Stops listening, closes open connections and calls `onClose`. */
  close(): Promise<void>;
}

const notFoundPage = (response: ServerResponse): void => {
  response.statusCode = 404;
  response.setHeader("content-type", "text/plain; charset=utf-8");
  response.end("Not found");
};

const refuseHost = (response: ServerResponse, publicOrigin: string): void => {
  response.statusCode = 403;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.setHeader("cache-control", "no-store");
  response.setHeader("x-content-type-options", "nosniff");
  response.end(
    JSON.stringify({
      errorCode: "HostNotAllowed",
      message: `This server answers for ${publicOrigin} only; open that address.`,
      errors: [{ field: "headers.host", message: "must be the demo's own host" }],
    }),
  );
};

/**
 * Starts the demo in one Node process: the emulator (unless a tenant is configured), the Orders
 * proxy under `/engage`, the demo's own routes under `/demo-api`, and the page.
 */
export async function startDemoServer(
  options: StartDemoServerOptions = {},
): Promise<RunningDemoServer> {
  const { port = 0, host = "127.0.0.1", page, onClose } = options;
  const server = options.server ?? createServer();
  // Requests are answered once the app exists; it needs the URL, known only after listening.
  let answer: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    if (answer) return answer(request, response);
    response.statusCode = 503;
    response.setHeader("retry-after", "1");
    response.end();
  });
  const listening = await listenOnPort(server, port, host);
  let app: DemoApp;
  let publicOrigin: string;
  try {
    publicOrigin = new URL(options.publicOrigin ?? listening.url).origin;
    app = await createDemoApp({ ...options, publicOrigin });
  } catch (error) {
    await listening.close();
    throw error;
  }
  const allowedHosts = new Set([new URL(publicOrigin).host, ...(options.allowedHosts ?? [])]);
  const apiListener = createNodeListener(
    async (request) => (await app.handle(request)) ?? new Response("Not found", { status: 404 }),
    { publicOrigin },
  );
  answer = (request, response) => {
    // The page's origin is fixed: a page elsewhere whose name resolves here (DNS rebinding)
    // sends its own Host, and must get neither the page nor anything through the proxy.
    if (!allowedHosts.has(request.headers.host ?? "")) return refuseHost(response, publicOrigin);
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (/^\/(engage|demo-api)(\/|$)/.test(path)) return apiListener(request, response);
    if (!page) return notFoundPage(response);
    page(request, response, () => notFoundPage(response));
  };
  return {
    url: listening.url,
    mode: app.mode,
    emulator: app.emulator,
    async close() {
      await listening.close();
      await onClose?.();
    },
  };
}
