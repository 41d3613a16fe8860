import { describe, expect, it } from "vitest";
import { accepted, setup } from "../test/fake.ts";
import { sendChange } from "./sendChange.ts";

describe("sendChange", () => {
  it("posts to the operation's route with lastChangedAt defaulting to the client's time", async () => {
    const { client, sent } = setup([accepted("j-1"), accepted("j-2")]);
    await sendChange(client, "o/1", "changeStatus", { status: "Completed" }, {});
    await sendChange(
      client,
      "o/1",
      "changeDelivery",
      { lastChangedAt: "2025-02-02T00:00:00Z" },
      {},
    );
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders/o%2F1/change-status",
      "/api/v3/orders/o%2F1/change-delivery",
    ]);
    expect(sent[0]?.body).toEqual({
      status: "Completed",
      lastChangedAt: "2025-01-01T00:00:00.000Z",
    });
    expect(sent[1]?.body).toEqual({ lastChangedAt: "2025-02-02T00:00:00Z" });
  });

  it("checks the body with the client's schema for the kind and sends nothing on failure", async () => {
    const refuse = {
      "~standard": {
        version: 1 as const,
        vendor: "test",
        validate: () => ({ issues: [{ message: "no", path: ["method"] }] }),
      },
    };
    const { client, sent } = setup([], { schemas: { deliveryChange: refuse } });
    await expect(sendChange(client, "o-1", "changeDelivery", {}, {})).rejects.toThrow(
      "Invalid deliveryChange: method: no",
    );
    expect(sent).toHaveLength(0);
  });
});
