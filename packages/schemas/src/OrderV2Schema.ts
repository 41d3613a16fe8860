import { array, boolean, type InferOutput, looseObject, optional } from "valibot";
import { ContactSchema } from "./ContactSchema.ts";
import { CurrencyCodeSchema } from "./CurrencyCodeSchema.ts";
import { FeeV2Schema } from "./FeeV2Schema.ts";
import { IsoDateTimeSchema } from "./IsoDateTimeSchema.ts";
import { ItemV2Schema } from "./ItemV2Schema.ts";
import { issueMessage } from "./issueMessage.ts";
import { MoneySchema } from "./MoneySchema.ts";
import { NonEmptyTextSchema } from "./NonEmptyTextSchema.ts";
import { OpenObjectSchema } from "./OpenObjectSchema.ts";
import { PaymentMethodV2Schema } from "./PaymentMethodV2Schema.ts";
import { TaxDetailV2Schema } from "./TaxDetailV2Schema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of the body of `POST /api/v2/orders` (order communication). Checks fields,
 * types and formats; whether the amounts add up is a separate check, `checkOrderV2Totals`,
 * because which sums Engage enforces depends on the tenant.
 *
 * @example
 * const order = parse(OrderV2Schema, body);
 * const problems = checkOrderV2Totals(order, { tenantRules: { totalGrossPrice: true } });
 */
export const OrderV2Schema = /* @__PURE__ */ looseObject(
  {
    contact: ContactSchema,
    orderNumber: NonEmptyTextSchema,
    orderStatus: NonEmptyTextSchema,
    paymentStatus: NonEmptyTextSchema,
    language: /* @__PURE__ */ optional(TextSchema),
    createdDate: IsoDateTimeSchema,
    shippingDate: /* @__PURE__ */ optional(IsoDateTimeSchema),
    statusChangedDate: /* @__PURE__ */ optional(IsoDateTimeSchema),
    storeId: NonEmptyTextSchema,
    currency: CurrencyCodeSchema,
    exchangeRateToGroupCurrency: /* @__PURE__ */ optional(MoneySchema),
    extraData: /* @__PURE__ */ optional(OpenObjectSchema),
    totalGrossPrice: MoneySchema,
    totalTax: /* @__PURE__ */ optional(MoneySchema),
    taxDetails: /* @__PURE__ */ optional(/* @__PURE__ */ array(TaxDetailV2Schema, issueMessage)),
    paymentMethods: /* @__PURE__ */ optional(
      /* @__PURE__ */ array(PaymentMethodV2Schema, issueMessage),
    ),
    items: /* @__PURE__ */ array(ItemV2Schema, issueMessage),
    freightFee: /* @__PURE__ */ optional(FeeV2Schema),
    handlingFee: /* @__PURE__ */ optional(FeeV2Schema),
    totalRoundOff: /* @__PURE__ */ optional(FeeV2Schema),
    totalDiscounts: /* @__PURE__ */ optional(MoneySchema),
    totalOriginalPrice: /* @__PURE__ */ optional(MoneySchema),
    totalItemsPrice: /* @__PURE__ */ optional(MoneySchema),
    totalNetPrice: /* @__PURE__ */ optional(MoneySchema),
    anyReturnItems: /* @__PURE__ */ optional(/* @__PURE__ */ boolean(issueMessage)),
  },
  issueMessage,
);

/** The body of an Orders v2 request. */
export type OrderV2 = InferOutput<typeof OrderV2Schema>;
