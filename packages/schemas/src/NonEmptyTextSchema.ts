import { check, pipe, string } from "valibot";
import { issueMessage } from "./issueMessage.ts";

/**
 * The schema of a string with at least one character that is not white space, for ids, keys
 * and names.
 */
export const NonEmptyTextSchema = /* @__PURE__ */ pipe(
  /* @__PURE__ */ string(issueMessage),
  /* @__PURE__ */ check((value: string) => value.trim() !== "", "must not be empty or blank"),
);
