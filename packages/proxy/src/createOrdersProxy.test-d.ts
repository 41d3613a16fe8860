import { describe, expectTypeOf, it } from "vitest";
import { createOrdersProxy, type OrdersProxy, type OrdersProxyEvent } from "./index.ts";

const base = { baseUrl: "https://tenant.voyado.example", apiKey: "test-key-types-1" };

describe("createOrdersProxy types", () => {
  it("returns a fetch handler", () => {
    expectTypeOf(createOrdersProxy(base)).toEqualTypeOf<OrdersProxy>();
    expectTypeOf<OrdersProxy>().parameters.toEqualTypeOf<[Request]>();
    expectTypeOf<OrdersProxy>().returns.toEqualTypeOf<Promise<Response>>();
  });

  it("accepts route names only in allowedRoutes", () => {
    createOrdersProxy({ ...base, allowedRoutes: ["getJob", "createOrder"] });
    // @ts-expect-error not an Orders route
    createOrdersProxy({ ...base, allowedRoutes: ["getContact"] });
  });

  it("lets authorize answer with a boolean or a Response, sync or async", () => {
    createOrdersProxy({ ...base, authorize: () => true });
    createOrdersProxy({ ...base, authorize: async () => new Response(null, { status: 401 }) });
    createOrdersProxy({
      ...base,
      authorize: (_request, context) => {
        expectTypeOf(context.route).toEqualTypeOf<
          | "listContactOrders"
          | "createOrder"
          | "getOrder"
          | "replaceOrder"
          | "deleteOrder"
          | "getJob"
          | "triggerAction"
          | "changeOrderStatus"
          | "changeOrderDelivery"
          | "registerOrderV2"
        >();
        return context.params.orderId !== undefined;
      },
    });
    // @ts-expect-error a string is not an answer
    createOrdersProxy({ ...base, authorize: () => "yes" });
  });

  it("keeps optional options exact", () => {
    // @ts-expect-error exactOptionalPropertyTypes: leave it out instead of passing undefined
    createOrdersProxy({ ...base, basePath: undefined });
  });

  it("gives events no place for the key", () => {
    expectTypeOf<OrdersProxyEvent>().not.toHaveProperty("apiKey");
    expectTypeOf<OrdersProxyEvent>().not.toHaveProperty("headers");
  });
});
