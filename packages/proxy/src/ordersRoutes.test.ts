import { ordersRouteNames as sharedRouteNames } from "@engage-orders/schemas";
import { describe, expect, it } from "vitest";
import { ordersRouteNames, ordersRoutes } from "./ordersRoutes.ts";

describe("the proxy's route table", () => {
  it("has exactly one entry for each shared Orders route name", () => {
    expect([...ordersRouteNames].sort()).toEqual([...sharedRouteNames].sort());
    expect(new Set(ordersRoutes.map((route) => route.name)).size).toBe(ordersRoutes.length);
  });
});
