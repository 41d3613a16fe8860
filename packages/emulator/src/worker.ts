import { withBrokenResponses } from "./brokenResponse.ts";
import { createEngageEmulator } from "./createEngageEmulator.ts";
import type { EngageEmulator } from "./EngageEmulator.ts";
import type { EmulatorEnv } from "./envOptions.ts";
import { optionsFromEnv } from "./envOptions.ts";
import type { EngageEmulatorOptions } from "./options.ts";

export type { EmulatorEnv } from "./envOptions.ts";

/** A Workers module: `export default { fetch }`. */
export interface EmulatorWorker {
  /** Answers a request; the emulator is created on the first one, from `env` and the options. */
  fetch(request: Request, env?: EmulatorEnv): Promise<Response>;
  /** The emulator, once the first request created it. */
  readonly emulator: EngageEmulator | undefined;
}

/**
 * Creates a Workers module serving the emulator. State lives in the isolate's memory, so it
 * is per isolate and lost on eviction: fine for tests and demos, not for shared state.
 *
 * @example
 * ```ts
 * // worker.ts
 * import { createEmulatorWorker } from "@engage-orders/emulator/worker";
 * export default createEmulatorWorker({ latency: "fast" });
 * ```
 */
export function createEmulatorWorker(options: EngageEmulatorOptions = {}): EmulatorWorker {
  let emulator: EngageEmulator | undefined;
  let handler: ((request: Request) => Promise<Response>) | undefined;
  return {
    fetch(request, env) {
      if (!handler) {
        emulator = createEngageEmulator({
          ...optionsFromEnv(env as Record<string, unknown>),
          ...options,
        });
        handler = withBrokenResponses(emulator.handle);
      }
      return handler(request);
    },
    get emulator() {
      return emulator;
    },
  };
}

/** The default Workers module, configured from `env` (`ENGAGE_API_KEY`, `EMULATOR_SEED`, …). */
const worker: EmulatorWorker = createEmulatorWorker();
export default worker;
