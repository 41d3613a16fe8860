import { type InferOutput, looseObject, optional } from "valibot";
import { issueMessage } from "./issueMessage";
import { NonEmptyTextSchema } from "./NonEmptyTextSchema";
import { TextSchema } from "./TextSchema";

/** The schema of a line item's article in a request: `sku` is required. */
export const ArticleSchema = looseObject(
  {
    sku: NonEmptyTextSchema,
    name: optional(TextSchema),
    description: optional(TextSchema),
    imageUri: optional(TextSchema),
    targetUri: optional(TextSchema),
  },
  issueMessage,
);

/** The article a line item refers to. */
export type Article = InferOutput<typeof ArticleSchema>;
