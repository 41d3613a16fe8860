import { createOrdersProxy } from "./createOrdersProxy.ts";
import { proxyOptionsFromEnv } from "./proxyOptionsFromEnv.ts";
import type { OrdersProxyOptions } from "./types.ts";

// The little of the Deno namespace this entry uses, declared here so the package needs no
// Deno type definitions to build.
interface DenoServer {
  readonly addr: { readonly hostname: string; readonly port: number };
  readonly finished: Promise<void>;
  shutdown(): Promise<void>;
}
declare const Deno: {
  readonly env: { get(name: string): string | undefined };
  serve(
    options: { port?: number; hostname?: string; onListen?: (addr: unknown) => void },
    handler: (request: Request) => Response | Promise<Response>,
  ): DenoServer;
};

/** The options of {@link serveOrdersProxy} on Deno; unset proxy options come from `Deno.env`. */
export type DenoServeOrdersProxyOptions = Partial<OrdersProxyOptions> & {
  /** The port to listen on. Defaults to `PORT` from the environment, else `8787`. */
  readonly port?: number;
  /** The interface to listen on. Defaults to `HOST` from the environment, else `127.0.0.1`. */
  readonly hostname?: string;
};

/** A running Deno proxy server. */
export interface DenoRunningOrdersProxy {
  /** The server's URL, e.g. `http://127.0.0.1:8787` (without `basePath`). */
  readonly url: string;
  /** Stops the server after the requests in flight finish. */
  readonly close: () => Promise<void>;
  /** Settles when the server has stopped. */
  readonly finished: Promise<void>;
}

/**
 * Starts the Orders proxy with `Deno.serve`, reading `ENGAGE_BASE_URL`, `ENGAGE_API_KEY`,
 * `ALLOWED_ORIGINS` and the other proxy variables from `Deno.env`. Needs
 * `--allow-net --allow-env`.
 *
 * @example
 * ```ts
 * import { serveOrdersProxy } from "@engage-orders/proxy/deno";
 * const server = await serveOrdersProxy({ authorize: (request) => isSignedIn(request) });
 * console.log(`Orders proxy on ${server.url}`);
 * ```
 */
export async function serveOrdersProxy(
  options: DenoServeOrdersProxyOptions = {},
): Promise<DenoRunningOrdersProxy> {
  const { port, hostname, ...overrides } = options;
  const read = (name: string) => Deno.env.get(name);
  const proxy = createOrdersProxy(proxyOptionsFromEnv(read, overrides));
  const envPort = read("PORT");
  const listenPort = port ?? (envPort === undefined ? 8787 : Number(envPort));
  if (!Number.isInteger(listenPort) || listenPort < 0 || listenPort > 65535) {
    throw new TypeError("serveOrdersProxy: `port` (or PORT) must be a port number.");
  }
  const server = Deno.serve(
    {
      port: listenPort,
      hostname: hostname ?? read("HOST") ?? "127.0.0.1",
      onListen: () => {},
    },
    proxy,
  );
  const host = server.addr.hostname.includes(":")
    ? `[${server.addr.hostname}]`
    : server.addr.hostname;
  return {
    url: `http://${host}:${server.addr.port}`,
    close: () => server.shutdown(),
    finished: server.finished,
  };
}
