import { ActionRequestSchema } from "./ActionRequestSchema.ts";
import { ChangeDeliveryRequestSchema } from "./ChangeDeliveryRequestSchema.ts";
import { ChangeStatusRequestSchema } from "./ChangeStatusRequestSchema.ts";
import { compileSchema } from "./compileSchema.ts";
import { OrderRequestSchema } from "./OrderRequestSchema.ts";
import { OrderV2Schema } from "./OrderV2Schema.ts";

/**
 * Every request schema compiled with `compileSchema`, keyed as the core client's `schemas`
 * option expects them, so a client checks each body it sends at a fraction of valibot's cost
 * and reports a bad one with the schema's own issues.
 *
 * @example
 * ```ts
 * import { requestSchemas } from "@engage-orders/schemas/compiled";
 * const client = createOrdersClient({ baseUrl, apiKey, schemas: requestSchemas });
 * ```
 */
export const requestSchemas = {
  order: /* @__PURE__ */ compileSchema(OrderRequestSchema),
  action: /* @__PURE__ */ compileSchema(ActionRequestSchema),
  statusChange: /* @__PURE__ */ compileSchema(ChangeStatusRequestSchema),
  deliveryChange: /* @__PURE__ */ compileSchema(ChangeDeliveryRequestSchema),
  orderV2: /* @__PURE__ */ compileSchema(OrderV2Schema),
};
