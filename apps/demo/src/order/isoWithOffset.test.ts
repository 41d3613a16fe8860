import { OrderRequestSchema } from "@engage-orders/schemas";
import { safeParse } from "valibot";
import { describe, expect, it } from "vitest";
import { fromDateTimeLocal, isoWithOffset, toDateTimeLocal } from "./isoWithOffset.ts";
import { newOrderDocument } from "./newOrderDocument.ts";
import { newOrderId } from "./newOrderId.ts";

describe("isoWithOffset", () => {
  it("writes whole seconds and a ±hh:mm offset", () => {
    expect(isoWithOffset(new Date("2025-12-03T14:15:19.750Z"))).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/,
    );
  });

  it("names the same instant", () => {
    const date = new Date("2025-12-03T14:15:19Z");
    expect(Date.parse(isoWithOffset(date))).toBe(date.getTime());
  });

  it("round-trips through a datetime-local value, and refuses what is not a date", () => {
    const iso = isoWithOffset(new Date("2025-12-03T14:15:00Z"));
    expect(Date.parse(fromDateTimeLocal(toDateTimeLocal(iso)))).toBe(Date.parse(iso));
    expect(toDateTimeLocal("soon")).toBe("");
    expect(fromDateTimeLocal("")).toBe("");
  });
});

describe("newOrderDocument", () => {
  it("is a valid order by the shared schema, whatever the quantity", () => {
    for (const quantity of [1, 2, 7]) {
      const document = newOrderDocument({
        orderId: newOrderId(),
        email: "ada@example.com",
        quantity,
      });
      expect(safeParse(OrderRequestSchema, document).success).toBe(true);
    }
  });

  it("gets short readable ids", () => {
    expect(newOrderId(1_700_000_000_000)).toMatch(/^W-\d{6}$/);
  });
});
