import { describe, expect, it } from "vitest";
import { matchRoute } from "./router.ts";

describe("matchRoute", () => {
  it.each([
    ["GET", "/api/v3/orders", "listContactOrders", {}],
    ["POST", "/api/v3/orders", "createOrder", {}],
    ["GET", "/api/v3/orders/o-1", "getOrder", { orderId: "o-1" }],
    ["PUT", "/api/v3/orders/o-1", "replaceOrder", { orderId: "o-1" }],
    ["DELETE", "/api/v3/orders/o-1", "deleteOrder", { orderId: "o-1" }],
    ["GET", "/api/v3/orders/jobs/j-1", "getJob", { jobId: "j-1" }],
    ["POST", "/api/v3/orders/o-1/action", "triggerAction", { orderId: "o-1" }],
    ["POST", "/api/v3/orders/o-1/change-status", "changeOrderStatus", { orderId: "o-1" }],
    ["POST", "/api/v3/orders/o-1/change-delivery", "changeOrderDelivery", { orderId: "o-1" }],
    ["POST", "/api/v2/orders", "registerOrderV2", {}],
  ])("%s %s is %s", (method, path, route, params) => {
    expect(matchRoute(method, path)).toEqual({ kind: "route", route, params });
  });

  it("decodes each segment after splitting, so an encoded slash stays in the id", () => {
    expect(matchRoute("GET", "/api/v3/orders/a%2Fb")).toEqual({
      kind: "route",
      route: "getOrder",
      params: { orderId: "a/b" },
    });
  });

  it("an order called jobs is still an order", () => {
    expect(matchRoute("GET", "/api/v3/orders/jobs")).toMatchObject({
      route: "getOrder",
      params: { orderId: "jobs" },
    });
    expect(matchRoute("POST", "/api/v3/orders/jobs/action")).toMatchObject({
      route: "triggerAction",
    });
  });

  it("tolerates a trailing slash; refuses other paths, methods and broken encodings", () => {
    expect(matchRoute("GET", "/api/v3/orders/o-1/")).toMatchObject({ route: "getOrder" });
    expect(matchRoute("GET", "/api/v4/orders")).toEqual({ kind: "notFound" });
    expect(matchRoute("GET", "/api/v3/orders/o-1/action/x")).toEqual({ kind: "notFound" });
    expect(matchRoute("PATCH", "/api/v3/orders")).toEqual({
      kind: "methodNotAllowed",
      allow: ["GET", "POST"],
    });
    expect(matchRoute("GET", "/api/v3/orders/%E0%A4%A")).toMatchObject({ kind: "badPath" });
  });
});
