import { ValidationError } from "@engage-orders/core";
import { describe, expect, test } from "vitest";
import { DEFAULT_ORDER_ACTION, resolveOrderFlowParams } from "./orderFlowParams.ts";

const order = { orderId: "A-1" };

describe("resolveOrderFlowParams", () => {
  test("embeds ConfirmOrder by default, and nothing for orderAction: null", () => {
    expect(resolveOrderFlowParams({ order })).toMatchObject({
      orderAction: DEFAULT_ORDER_ACTION,
      action: undefined,
      deadline: undefined,
      minDelayMs: 1000,
      maxDelayMs: 300_000,
    });
    expect(resolveOrderFlowParams({ order, orderAction: null }).orderAction).toBeUndefined();
  });

  test("reads a deadline as epoch ms or ISO 8601, and never lets the longest sleep be shorter than the first", () => {
    expect(resolveOrderFlowParams({ order, deadline: "2026-12-05T00:00:00Z" }).deadline).toBe(
      Date.parse("2026-12-05T00:00:00Z"),
    );
    expect(resolveOrderFlowParams({ order, deadline: 1_800_000_000_000 }).deadline).toBe(
      1_800_000_000_000,
    );
    expect(
      resolveOrderFlowParams({ order, polling: { minDelayMs: 5000, maxDelayMs: 10 } }),
    ).toMatchObject({
      minDelayMs: 5000,
      maxDelayMs: 5000,
    });
  });

  test.each([
    [undefined, "params"],
    [{}, "order"],
    [{ order: { orderId: " " } }, "order.orderId"],
    [{ order, orderAction: "ConfirmOrder" }, "orderAction"],
    [{ order, action: { action: 3 } }, "action.action"],
    [{ order, action: { action: "Custom", language: 1 } }, "action.language"],
    [{ order, deadline: Number.NaN }, "deadline"],
    [{ order, polling: [] }, "polling"],
    [{ order, polling: { maxDelayMs: Number.POSITIVE_INFINITY } }, "polling.maxDelayMs"],
  ])("refuses %j naming %s", (params, field) => {
    let thrown: unknown;
    try {
      resolveOrderFlowParams(params);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).fieldErrors[0]?.field).toBe(field);
  });
});
