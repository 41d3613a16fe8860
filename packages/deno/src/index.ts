export {
  defaultLeasePolicy,
  FleetLimiterUnavailableError,
  fleetLimiterName,
  type LeaseGrant,
  type LeasePolicy,
} from "@engage-orders/fleet-limiter";
export { createKvRateLimiter, type KvRateLimiterOptions } from "./createKvRateLimiter.ts";
export type { KvAtomicLike, KvEntryLike, KvLike } from "./kvTypes.ts";
