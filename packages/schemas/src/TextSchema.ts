import { string } from "valibot";
import { issueMessage } from "./issueMessage.ts";

/** The schema of any string, shared by every field that takes free text. */
export const TextSchema = /* @__PURE__ */ string(issueMessage);
