import * as v from "valibot";

// Stand-in used until @engage-orders/schemas exports the v2 schema and its totals check.
const text = v.string();
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"));
const money = v.pipe(v.number(), v.finite());

/** The v2 order communication request. */
export const localOrderV2Schema = v.looseObject({
  contact: v.looseObject({ matchKey: nonEmpty, matchKeyType: nonEmpty }),
  orderNumber: nonEmpty,
  orderStatus: nonEmpty,
  paymentStatus: nonEmpty,
  createdDate: nonEmpty,
  storeId: nonEmpty,
  currency: nonEmpty,
  totalGrossPrice: money,
  items: v.array(
    v.looseObject({
      type: v.picklist(["PURCHASE", "RETURN"]),
      sku: nonEmpty,
      quantity: money,
      grossPaidPrice: money,
      description: text,
    }),
  ),
});
