import { check, pipe, string } from "valibot";
import { issueMessage } from "./issueMessage";

/** The schema of a string with at least one character, for ids, keys and names. */
export const NonEmptyTextSchema = /* @__PURE__ */ pipe(
  /* @__PURE__ */ string(issueMessage),
  /* @__PURE__ */ check((value: string) => value !== "", "must not be empty"),
);
