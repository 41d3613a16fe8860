import { describe, expect, it } from "vitest";
import { accepted, json, rejection, setup } from "../test/fake.ts";
import { changeOrderStatus } from "./changeOrderStatus.ts";
import { OutcomeUnknownError, ValidationError } from "./errors.ts";
import type { StatusChange } from "./types.ts";

describe("changeOrderStatus", () => {
  it("accepts an external status alone, and a status alone", async () => {
    const { client, sent } = setup([accepted("j-1"), accepted("j-2")]);
    await changeOrderStatus(client, "o-1", { externalStatus: "Packed" });
    await changeOrderStatus(client, "o-1", { status: "Cancelled" });
    expect(sent.map((request) => request.body)).toEqual([
      { externalStatus: "Packed", lastChangedAt: "2025-01-01T00:00:00.000Z" },
      { status: "Cancelled", lastChangedAt: "2025-01-01T00:00:00.000Z" },
    ]);
  });

  it.each([
    ["an empty change", {}],
    ["empty statuses", { status: "", externalStatus: "" }],
    ["no change at all", undefined],
  ])("refuses %s, naming both fields, and sends nothing", async (_label, change) => {
    const { client, sent } = setup([]);
    const error = await rejection(changeOrderStatus(client, "o-1", change as StatusChange));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(
      "change.status or change.externalStatus: must be a non-empty string",
    );
    expect(sent).toHaveLength(0);
  });

  it("posts to the URL-encoded order's change-status route as a changeStatus job", async () => {
    const { client, sent } = setup([accepted("j-1", "o/1")]);
    const handle = await changeOrderStatus(client, "o/1", { status: "Completed" });
    expect(sent[0]).toMatchObject({ method: "POST", path: "/api/v3/orders/o%2F1/change-status" });
    expect(handle).toMatchObject({ jobId: "j-1", orderId: "o/1", operation: "changeStatus" });
  });

  it("without an action it is retried like a PUT; with one an unclear failure is not re-sent", async () => {
    const plain = setup([new TypeError("reset"), accepted("j-1")]);
    await changeOrderStatus(plain.client, "o-1", { status: "Completed" });
    expect(plain.sent).toHaveLength(2);

    const withAction = setup([new TypeError("reset"), accepted("j-1")]);
    const error = await rejection(
      changeOrderStatus(
        withAction.client,
        "o-1",
        { status: "Completed" },
        { orderAction: { action: "ConfirmCompletion" } },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(withAction.sent).toHaveLength(1);
  });

  it("checks the body with the client's statusChange schema, lastChangedAt included", async () => {
    const seen: unknown[] = [];
    const recordAndRefuse = {
      "~standard": {
        version: 1 as const,
        vendor: "test",
        validate: (value: unknown) => {
          seen.push(value);
          return { issues: [{ message: "not allowed", path: ["status"] }] };
        },
      },
    };
    const { client, sent } = setup([json(500, {})], { schemas: { statusChange: recordAndRefuse } });
    const error = await rejection(changeOrderStatus(client, "o-1", { status: "Completed" }));
    expect(error.message).toBe("Invalid statusChange: status: not allowed");
    expect(seen).toEqual([{ status: "Completed", lastChangedAt: "2025-01-01T00:00:00.000Z" }]);
    expect(sent).toHaveLength(0);
  });
});
