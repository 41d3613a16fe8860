import { type InferOutput, looseObject, optional } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { NonEmptyTextSchema } from "./NonEmptyTextSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/** The schema of a line item's article in a request: `sku` is required. */
export const ArticleSchema = /* @__PURE__ */ looseObject(
  {
    sku: NonEmptyTextSchema,
    name: /* @__PURE__ */ optional(TextSchema),
    description: /* @__PURE__ */ optional(TextSchema),
    imageUri: /* @__PURE__ */ optional(TextSchema),
    targetUri: /* @__PURE__ */ optional(TextSchema),
  },
  issueMessage,
);

/** The article a line item refers to. */
export type Article = InferOutput<typeof ArticleSchema>;
