import { describe, expect, it } from "vitest";
import { json, setup } from "../test/fake.ts";
import { getOrder, OrderNotFoundError, safe } from "./index.ts";

describe("safe", () => {
  it("returns the value", async () => {
    const { client } = setup([json(200, { orderId: "o-1", versionTag: "v1" })]);
    expect(await safe(getOrder(client, "o-1"))).toEqual({
      ok: true,
      value: { orderId: "o-1", versionTag: "v1" },
    });
  });

  it("returns an EngageError instead of throwing it", async () => {
    const { client } = setup([json(404, { errorCode: "OrderNotFound" })]);
    const result = await safe(getOrder(client, "o-1"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(OrderNotFoundError);
  });

  it("still throws an abort", async () => {
    const controller = new AbortController();
    controller.abort(new DOMException("gone", "AbortError"));
    const { client } = setup([]);
    await expect(safe(getOrder(client, "o-1", { signal: controller.signal }))).rejects.toThrow(
      "gone",
    );
  });
});
