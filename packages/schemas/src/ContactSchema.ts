import { type GenericSchema, type InferOutput, looseObject } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import type { MatchKeyType } from "./MatchKeyType.ts";
import { NonEmptyTextSchema } from "./NonEmptyTextSchema.ts";

/**
 * The schema of the contact an order belongs to: `matchKey` (e.g. an email address) and
 * `matchKeyType` (e.g. `Email`). Used by Orders v3 and v2.
 */
export const ContactSchema = /* @__PURE__ */ looseObject(
  {
    matchKey: NonEmptyTextSchema,
    matchKeyType: NonEmptyTextSchema as GenericSchema<MatchKeyType>,
  },
  issueMessage,
);

/** The contact an order belongs to. */
export type Contact = InferOutput<typeof ContactSchema>;
