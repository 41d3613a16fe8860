export type { ClockOption, EmulatorClock, ManualClock } from "./clock.js";
export { createManualClock, createRealClock, DEFAULT_MANUAL_START } from "./clock.js";
export { DEFAULT_CONTROL_PATH } from "./controlRoutes.js";
export type { EngageEmulator } from "./createEngageEmulator.js";
export { createEngageEmulator } from "./createEngageEmulator.js";
export type { DrawnFaults, FaultConfig, FaultRates } from "./faults.js";
export type { FetchInput } from "./fetchInput.js";
export type { ErrorBody, FieldError } from "./http.js";
export type { JobBody } from "./jobs.js";
export type { LatencyProfile, LatencyProfileName, LogNormalLatencyOptions } from "./latency.js";
export { fixedLatency, latencyProfiles, logNormalLatency } from "./latency.js";
export type { ContactSeed, EngageEmulatorOptions } from "./options.js";
export { DEFAULT_API_KEY, DEFAULT_SEED } from "./options.js";
export type { SeededRandom } from "./random.js";
export { createSeededRandom } from "./random.js";
export type { RouteName } from "./router.js";
export { routeNames } from "./router.js";
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
} from "./state.js";
export type { V2Rules } from "./validators.js";
export type { ContractVariants } from "./variants.js";
export type { JobView, OrderView } from "./views.js";
export type { VirtualTime } from "./virtualTime.js";
export { createVirtualTime } from "./virtualTime.js";
