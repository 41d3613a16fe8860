import { type InferOutput, looseObject } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { maybeNumber, maybeText } from "./responseFields.ts";

/**
 * The schema of an RFC 9457 problem details body (`application/problem+json`): `type`,
 * `title`, `status`, `detail` and `instance`, all optional, extension members kept.
 */
export const ProblemDetailsSchema = /* @__PURE__ */ looseObject(
  {
    type: maybeText,
    title: maybeText,
    status: maybeNumber,
    detail: maybeText,
    instance: maybeText,
  },
  issueMessage,
);

/** An RFC 9457 problem details body. */
export type ProblemDetails = InferOutput<typeof ProblemDetailsSchema>;
