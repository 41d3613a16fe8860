import { OutcomeUnknownError } from "@engage-orders/core";
import { describe, expect, test } from "vitest";
import { describeFailure, failureError, parseFailure } from "./orderFlowFailure.ts";

describe("order flow failures", () => {
  test("carry the core error's name, status, code, attempts and a bounded body through an instance's error message", () => {
    const error = new OutcomeUnknownError("POST /api/v3/orders/A-1/action: 502", {
      status: 502,
      errorCode: "BadGateway",
      body: "x".repeat(5000),
      attempts: [{ status: 502, reason: "502", delayMs: 0 }],
    });
    const failure = describeFailure(error, {
      step: "action ConfirmShipment (try 1)",
      orderId: "A-1",
      action: "ConfirmShipment",
      versionTag: "v1",
    });
    expect(failure).toMatchObject({
      name: "OutcomeUnknownError",
      status: 502,
      errorCode: "BadGateway",
      attempts: [{ status: 502, reason: "502" }],
      orderId: "A-1",
      action: "ConfirmShipment",
      versionTag: "v1",
    });
    expect(failure.body).toHaveLength(2000);

    // Workflows keep only { name, message } of the error the run threw.
    const thrown = failureError(failure);
    expect(
      thrown.message.startsWith("OutcomeUnknownError: POST /api/v3/orders/A-1/action: 502"),
    ).toBe(true);
    expect(parseFailure({ name: "Error", message: thrown.message })).toEqual(failure);
  });

  test("an error that is not a flow failure reads as none", () => {
    expect(parseFailure({ name: "Error", message: "Execution timed out" })).toBeUndefined();
    expect(parseFailure(undefined)).toBeUndefined();
    expect(parseFailure({ message: "x\norder-flow-failure: {not json" })).toBeUndefined();
  });
});
