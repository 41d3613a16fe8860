export {
  createLeasedRateLimiter,
  defaultLeasePolicy,
  FleetLimiterUnavailableError,
  type LeaseGrant,
  type LeasePolicy,
} from "@engage-orders/fleet-limiter";
export {
  createFleetRateLimiter,
  type FleetRateLimiterOptions,
} from "./limiter/createFleetRateLimiter.ts";
export type {
  DurableObjectNamespaceLike,
  DurableObjectStateLike,
  DurableObjectStorageLike,
  DurableObjectStubLike,
} from "./limiter/durableObjectTypes.ts";
export { fleetLimiterName } from "./limiter/fleetLimiterName.ts";
export { RateLimiterObject } from "./limiter/RateLimiterObject.ts";
// Durable order flows (Workflows) are exported from ./flows/.
