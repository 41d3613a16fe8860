/// <reference types="node" />
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { EngageEmulator } from "@engage-orders/emulator";
import { createNodeListener, listenOnPort } from "@engage-orders/proxy/node";
import { createDemoApp, type DemoAppOptions } from "./createDemoApp";

/** A Connect-style middleware, such as Vite's `server.middlewares`, that serves the page. */
export type PageMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** The options of `startDemoServer`: the app's options plus where and how to serve. */
export interface StartDemoServerOptions extends DemoAppOptions {
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

/**
 * Starts the demo in one Node process: the emulator (unless a tenant is configured), the Orders
 * proxy under `/engage`, the demo's own routes under `/demo-api`, and the page.
 */
export async function startDemoServer(
  options: StartDemoServerOptions = {},
): Promise<RunningDemoServer> {
  const { port = 0, host = "127.0.0.1", page, onClose } = options;
  const app = await createDemoApp(options);
  const apiListener = createNodeListener(
    async (request) => (await app.handle(request)) ?? new Response("Not found", { status: 404 }),
  );
  const server = options.server ?? createServer();
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (/^\/(engage|demo-api)(\/|$)/.test(path)) return apiListener(request, response);
    if (!page) return notFoundPage(response);
    page(request, response, () => notFoundPage(response));
  });
  const listening = await listenOnPort(server, port, host);
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
