export {
  createLeasedRateLimiter,
  defaultLeasePolicy,
  FleetLimiterUnavailableError,
  fleetLimiterName,
  type LeaseGrant,
  type LeasePolicy,
} from "@engage-orders/fleet-limiter";
export * from "./flows/index.ts";
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
export { RateLimiterObject } from "./limiter/RateLimiterObject.ts";
