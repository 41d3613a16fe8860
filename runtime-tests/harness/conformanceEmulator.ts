// Serves the built emulator over real HTTP on 127.0.0.1 for the Node-driven runtime runs.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createEngageEmulator, fixedLatency } from "@engage-orders/emulator";
import { toNodeListener } from "@engage-orders/emulator/node";
import { conformanceContext, conformanceEmulatorOptions } from "../conformance/emulatorSetup.ts";

/** A running conformance emulator. */
export interface ConformanceEmulator {
  /** The suite's context for one runtime. */
  context(runtime: string): ReturnType<typeof conformanceContext>;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Extra routes served beside the emulator from the same origin (e.g. a test page). */
export type ExtraRoutes = Record<string, () => Response>;

/** Starts the emulator on 127.0.0.1 with a free port. */
export async function startConformanceEmulator(
  options: { extraRoutes?: ExtraRoutes } = {},
): Promise<ConformanceEmulator> {
  const emulator = createEngageEmulator(conformanceEmulatorOptions(fixedLatency));
  const handler = async (request: Request) => {
    const route = options.extraRoutes?.[new URL(request.url).pathname];
    return route ? route() : emulator.fetch(request);
  };
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    context: (runtime) => conformanceContext(baseUrl, runtime),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
