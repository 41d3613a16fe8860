import type { EmulatorClock } from "./clock.ts";
import type { FaultConfig } from "./faults.ts";
import type { FetchInput } from "./fetchInput.ts";
import type { LatencyProfile, LatencyProfileName } from "./latency.ts";
import type { ContactSeed } from "./options.ts";
import type {
  AutomationLogEntry,
  Contact,
  EmulatorSnapshot,
  IntegrationLogEntry,
} from "./state.ts";
import type { ContractVariants } from "./variants.ts";
import type { JobView, OrderView } from "./views.ts";

/** The in-process Engage emulator: a fetch handler plus control and inspection. */
export interface EngageEmulator {
  /**
   * Answers a request like Engage would. A drop-in `fetch`: takes a `Request` or a URL and
   * init, honours the request's `AbortSignal` and `redirect` mode (a 302 completion is
   * followed by default, as the platform does), and is bind-safe (pass it as a bare function).
   * Rejects with a `TypeError` on a dropped-connection fault, like a network failure.
   */
  fetch(input: FetchInput, init?: RequestInit): Promise<Response>;
  /**
   * Answers one incoming request as a server does: redirects are returned, not followed.
   * Server adapters (Node, Workers, Deno) use it; bind-safe.
   */
  handle(request: Request): Promise<Response>;
  /** The emulator's clock. */
  readonly clock: EmulatorClock;
  /** Moves a manual clock forward; throws with other clocks. */
  advance(ms: number): void;
  /** Adds a contact (its `contactId` generated when absent) and returns it. */
  seedContact(contact: ContactSeed): Contact;
  /** The known contacts. */
  listContacts(): Contact[];
  /** Accepts another API key. */
  addApiKey(apiKey: string): void;
  /** Stops accepting an API key; returns whether it was accepted. */
  removeApiKey(apiKey: string): boolean;
  /** A stored order, or `undefined`. */
  getOrder(orderId: string): OrderView | undefined;
  /** Every stored order, oldest first. */
  listOrders(): OrderView[];
  /** A job, or `undefined`. */
  getJob(jobId: string): JobView | undefined;
  /** Every job, oldest first. */
  listJobs(): JobView[];
  /** Every fired automation, oldest first (optionally for one order). */
  automationLog(orderId?: string): AutomationLogEntry[];
  /** Engage's integration-log warnings (`Contact is missing`, …), oldest first, optionally for one order. */
  integrationLog(orderId?: string): IntegrationLogEntry[];
  /** The current faults. */
  getFaults(): FaultConfig;
  /** Replaces the faults (e.g. `{}` to switch them off); throws a `RangeError` on a bad rate. */
  setFaults(faults: FaultConfig): void;
  /** Changes how finished jobs answer. */
  setCompletion(completion: 200 | 302): void;
  /** Replaces the contract variants (`{}` for the defaults); throws a `RangeError` on a bad value. */
  setVariants(variants: ContractVariants): void;
  /** Changes the latency profile of jobs accepted from now on. */
  setLatency(latency: LatencyProfile | LatencyProfileName): void;
  /** Releases stalled jobs (all, or one), which then finish; returns how many. */
  releaseStalledJobs(jobId?: string): number;
  /** Finishes every job that is not stalled now, whatever its delay; returns how many. */
  flushJobs(): number;
  /** Exports the whole state as JSON (API keys are left out). */
  exportState(): EmulatorSnapshot;
  /** Replaces the whole state with an export. */
  importState(snapshot: EmulatorSnapshot): void;
  /** Empties the state and restarts the random streams; seeded contacts from the options come back. */
  reset(): void;
}
