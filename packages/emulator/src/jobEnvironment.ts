import type { LatencyProfile } from "./latency.ts";
import type { SeededRandom } from "./random.ts";
import type { EmulatorState } from "./state.ts";

/** What a job needs from the emulator to run. */
export interface JobEnvironment {
  /** The emulator's state. */
  state: EmulatorState;
  /** The stream for ids and versionTags. */
  ids: SeededRandom;
  /** The stream for processing delays. */
  latencyRandom: SeededRandom;
  /** The current latency profile. */
  latency(): LatencyProfile;
  /** Whether unknown contacts are created on the fly. */
  autoCreateContacts: boolean;
  /** The known article SKUs; `null` when articles are not checked. */
  articles: ReadonlySet<string> | null;
  /** The known store ids; `null` when stores are not checked. */
  stores: ReadonlySet<string> | null;
}
