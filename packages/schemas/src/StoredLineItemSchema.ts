import { type GenericSchema, type InferOutput, looseObject, nullish } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { MoneySchema } from "./MoneySchema.ts";
import type { OpenString } from "./OpenString.ts";
import { maybeAnything, maybeNumber, maybeText } from "./responseFields.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of a line item as Engage returns it: like the request form, but open (unknown
 * keys and enum values accepted, optional fields may be `null`).
 */
export const StoredLineItemSchema = /* @__PURE__ */ looseObject(
  {
    id: maybeText,
    type: /* @__PURE__ */ nullish(TextSchema as GenericSchema<OpenString<"Purchase" | "Return">>),
    externalStatus: maybeText,
    quantity: MoneySchema,
    article: /* @__PURE__ */ looseObject(
      {
        sku: TextSchema,
        name: maybeText,
        description: maybeText,
        imageUri: maybeText,
        targetUri: maybeText,
      },
      issueMessage,
    ),
    discounts: maybeAnything,
    returnDetails: /* @__PURE__ */ nullish(
      /* @__PURE__ */ looseObject(
        {
          type: TextSchema as GenericSchema<OpenString<"Normal" | "Complaint" | "Change">>,
          reason: maybeText,
        },
        issueMessage,
      ),
    ),
    pricePerUnit: maybeNumber,
    originalPricePerUnit: maybeNumber,
    totalPrice: MoneySchema,
    originalTotalPrice: maybeNumber,
    taxes: maybeAnything,
    group: maybeAnything,
  },
  issueMessage,
);

/** A line item of a stored order. */
export type StoredLineItem = InferOutput<typeof StoredLineItemSchema>;
