import type { OpenString } from "./OpenString.ts";

/** The symbolic error codes the API is known to answer with; others may appear. */
export type ErrorCode = OpenString<
  | "InvalidRequest"
  | "Unauthorized"
  | "RateLimited"
  | "OrderAlreadyExists"
  | "OrderNotFound"
  | "VersionTagMismatch"
  | "ContactMissing"
  | "ContactNotFound"
  | "InvalidEmailAddress"
>;
