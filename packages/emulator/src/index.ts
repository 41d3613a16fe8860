export type { ClockOption, EmulatorClock, ManualClock } from "./clock.ts";
export { createManualClock, createRealClock, DEFAULT_MANUAL_START } from "./clock.ts";
export { DEFAULT_CONTROL_PATH } from "./controlRoutes.ts";
export { createEngageEmulator } from "./createEngageEmulator.ts";
export type { EngageEmulator } from "./EngageEmulator.ts";
export type { DrawnFaults, FaultConfig, FaultRates } from "./faults.ts";
export type { FetchInput } from "./fetchInput.ts";
export type { ErrorBody, FieldError } from "./http.ts";
export type { JobBody } from "./jobs.ts";
export type { LatencyProfile, LatencyProfileName, LogNormalLatencyOptions } from "./latency.ts";
export { fixedLatency, latencyProfiles, logNormalLatency } from "./latency.ts";
export type { ContactSeed, EngageEmulatorOptions } from "./options.ts";
export { DEFAULT_API_KEY, DEFAULT_SEED } from "./options.ts";
export type { SeededRandom } from "./random.ts";
export { createSeededRandom } from "./random.ts";
export type { RouteName } from "./router.ts";
export { routeNames } from "./router.ts";
export type {
  AutomationLogEntry,
  AutomationSource,
  Contact,
  EmulatorSnapshot,
  IntegrationLogEntry,
  JobError,
  JobOperation,
  JobRecord,
  JobStatus,
  OrderAction,
  OrderRecord,
} from "./state.ts";
export type { V2Rules } from "./validators.ts";
export type { ContractVariants } from "./variants.ts";
export type { JobView, OrderView } from "./views.ts";
export type { VirtualTime } from "./virtualTime.ts";
export { createVirtualTime } from "./virtualTime.ts";
