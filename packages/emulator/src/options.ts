import type { ClockOption } from "./clock.ts";
import type { FaultConfig } from "./faults.ts";
import type { LatencyProfile, LatencyProfileName } from "./latency.ts";
import type { Contact, EmulatorSnapshot } from "./state.ts";
import type { V2Rules } from "./validators.ts";
import type { ContractVariants } from "./variants.ts";

/** The API key the emulator accepts when no `apiKeys` are given. Not a secret. */
export const DEFAULT_API_KEY = "test-key-engage-emulator";

/** The seed used when none is given, so two runs produce the same ids and delays. */
export const DEFAULT_SEED = "engage-emulator";

/** A contact to seed; `contactId` is generated when absent. */
export type ContactSeed = Partial<Contact>;

/** The options of `createEngageEmulator`. */
export interface EngageEmulatorOptions {
  /** The accepted API keys. Defaults to `[DEFAULT_API_KEY]`. */
  apiKeys?: readonly string[];
  /** The header (or headers, first present wins) the key is read from. Defaults to `"apikey"`. */
  apiKeyHeader?: string | readonly string[];
  /** Reject requests without a User-Agent (browsers cannot set it). Defaults to `true`. */
  requireUserAgent?: boolean;
  /** Requests per second and API key before 429, or `false` for no limit. Defaults to `{ perSecond: 200 }`. */
  rateLimit?: { perSecond: number } | false;
  /** The clock: `"real"`, `"manual"` (tests; move it with `advance`), or your own. Defaults to `"real"`. */
  clock?: ClockOption;
  /** Where a manual clock starts (epoch ms or ISO 8601). Defaults to `2025-01-01T00:00:00Z`. */
  startAt?: number | string;
  /** The seed of every random stream (ids, versionTags, delays, faults). Defaults to `DEFAULT_SEED`. */
  seed?: number | string;
  /** The job processing delay profile. Defaults to `"realistic"` (median ~400 ms, a tail of seconds). */
  latency?: LatencyProfile | LatencyProfileName;
  /** How a finished job answers: 200 with the job body, or 302 to the order. Defaults to `200`. */
  completion?: 200 | 302;
  /** The faults to inject. Defaults to none. */
  faults?: FaultConfig;
  /** Contacts to seed. Defaults to none. */
  contacts?: readonly ContactSeed[];
  /** Create a contact for every unknown match key instead of `CompletedWithErrors`. Defaults to `false`. */
  autoCreateContacts?: boolean;
  /** Known article SKUs: others get an `Article is missing` integration-log warning. Defaults to not checking. */
  articles?: readonly string[];
  /** Known store ids (`externalStoreId`): others get a `Store is missing` warning. Defaults to not checking. */
  stores?: readonly string[];
  /** The origin used in links, e.g. behind a proxy. Defaults to the request's origin. */
  baseUrl?: string;
  /** The largest accepted body in bytes (413 above). Defaults to `1048576`. */
  maxBodyBytes?: number;
  /** The contract's open points, one switch each. Defaults to our chosen answers. */
  variants?: ContractVariants;
  /** The v2 tenant validation options. Defaults to all off. */
  v2Rules?: V2Rules;
  /**
   * Serve the control API over HTTP under a path (`true` for `/_emulator`): state, reset,
   * contacts, faults, completion, jobs and the automation log, behind the same API key.
   * Defaults to `false` (the CLI turns it on).
   */
  controlRoutes?: boolean | { path: string };
  /** A state to start from (from `exportState`). */
  state?: EmulatorSnapshot;
}
