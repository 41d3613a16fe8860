export {
  createLeasedRateLimiter,
  type LeasedRateLimiterOptions,
  type LeaseFunction,
} from "./createLeasedRateLimiter.ts";
export { FleetLimiterUnavailableError } from "./FleetLimiterUnavailableError.ts";
export { fleetLimiterName } from "./fleetLimiterName.ts";
export {
  checkLeasePolicy,
  checkLeaseRequest,
  createLeaseSchedule,
  defaultLeasePolicy,
  grantLease,
  type LeaseGrant,
  type LeasePolicy,
  type LeaseRequest,
  type LeaseSchedule,
} from "./grantLease.ts";
