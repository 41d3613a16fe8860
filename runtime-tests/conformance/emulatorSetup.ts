// How every runtime's conformance run sets up the emulator: one key, two known contacts, and a
// fixed job delay that is long enough for the abort and timeout cases and short enough to keep
// the suite quick.
import type { EngageEmulatorOptions } from "@engage-orders/emulator";

/** The API key of the conformance emulator (a test key, not a secret). */
export const conformanceApiKey = "test-key-conformance";

/** The contact most cases order for. */
export const conformanceContactId = "conformance-contact";

/** The contact only the paging case orders for. */
export const conformancePagerContactId = "conformance-pager";

/** Every job takes this long to process. */
export const conformanceJobDelayMs = 150;

/** Builds the emulator options, given the runtime's `fixedLatency` (from the built emulator). */
export function conformanceEmulatorOptions(
  fixedLatency: (ms: number) => NonNullable<EngageEmulatorOptions["latency"]>,
): EngageEmulatorOptions {
  return {
    apiKeys: [conformanceApiKey],
    latency: fixedLatency(conformanceJobDelayMs),
    contacts: [{ contactId: conformanceContactId }, { contactId: conformancePagerContactId }],
  };
}

/** The context the suite gets, without the core module. */
export function conformanceContext(baseUrl: string, runtime: string) {
  return {
    baseUrl,
    apiKey: conformanceApiKey,
    contactId: conformanceContactId,
    pagerContactId: conformancePagerContactId,
    runId: `${runtime}-${Date.now().toString(36)}`,
  };
}
