import { withBrokenResponses } from "./brokenResponse.ts";
import { createEngageEmulator } from "./createEngageEmulator.ts";
import type { EngageEmulator } from "./EngageEmulator.ts";
import { optionsFromEnv } from "./envOptions.ts";
import type { EngageEmulatorOptions } from "./options.ts";

/** The part of Deno's global this entry uses, so it type-checks without Deno's types. */
interface DenoLike {
  serve(
    options: {
      port?: number;
      hostname?: string;
      onListen?: (address: { port: number; hostname: string }) => void;
      signal?: AbortSignal;
    },
    handler: (request: Request) => Response | Promise<Response>,
  ): {
    finished: Promise<void>;
    shutdown(): Promise<void>;
    addr: { port: number; hostname: string };
  };
  env: { toObject(): Record<string, string> };
}

function deno(): DenoLike {
  const found = (globalThis as { Deno?: DenoLike }).Deno;
  if (!found) throw new TypeError("@engage-orders/emulator/deno needs the Deno runtime.");
  return found;
}

/** The options of `serveEmulator`. */
export interface DenoServeOptions extends EngageEmulatorOptions {
  /** The port; `0` picks a free one. Defaults to `8787`. */
  port?: number;
  /** The interface. Defaults to `"127.0.0.1"`. */
  hostname?: string;
  /** Stops the server when aborted. */
  signal?: AbortSignal;
}

/** A running Deno emulator server. */
export interface DenoEmulatorServer {
  /** The base URL. */
  url: string;
  /** The emulator behind it. */
  emulator: EngageEmulator;
  /** Stops the server. */
  shutdown(): Promise<void>;
  /** Resolves when the server has stopped. */
  finished: Promise<void>;
}

/**
 * Serves the emulator with `Deno.serve`.
 *
 * @example
 * ```ts
 * import { serveEmulator } from "./node_modules/@engage-orders/emulator/dist/deno.js";
 * const server = serveEmulator({ port: 0 });
 * console.log(server.url);
 * ```
 */
export function serveEmulator(options: DenoServeOptions = {}): DenoEmulatorServer {
  const { port = 8787, hostname = "127.0.0.1", signal, ...emulatorOptions } = options;
  const emulator = createEngageEmulator(emulatorOptions);
  const server = deno().serve(
    { port, hostname, onListen: () => {}, ...(signal ? { signal } : {}) },
    withBrokenResponses(emulator.handle),
  );
  const host = server.addr.hostname.includes(":")
    ? `[${server.addr.hostname}]`
    : server.addr.hostname;
  return {
    url: `http://${host}:${server.addr.port}`,
    emulator,
    shutdown: () => server.shutdown(),
    finished: server.finished,
  };
}

/** Reads the environment; without `--allow-env` Deno throws, and the defaults apply. */
function readEnv(): Record<string, string> {
  try {
    return deno().env.toObject();
  } catch {
    return {};
  }
}

let shared: ((request: Request) => Promise<Response>) | undefined;

/** The module for `deno serve`: `export default { fetch }`, configured from the environment. */
const denoModule = {
  fetch(request: Request): Promise<Response> {
    shared ??= withBrokenResponses(createEngageEmulator(optionsFromEnv(readEnv())).handle);
    return shared(request);
  },
};
export default denoModule;
