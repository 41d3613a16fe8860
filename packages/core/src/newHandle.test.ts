import { describe, expect, it } from "vitest";
import { setup } from "../test/fake.ts";
import { clientTimeIso } from "./clientTime.ts";
import { newHandle } from "./newHandle.ts";

describe("newHandle", () => {
  it("makes a plain-JSON handle on the client's base URL, started at the client's time", () => {
    const { client, clock } = setup([]);
    clock.t = Date.UTC(2026, 1, 2, 3, 4, 5);
    expect(clientTimeIso(client)).toBe("2026-02-02T03:04:05.000Z");
    const handle = newHandle(client, "j-1", "/api/v3/orders/jobs/j-1", "o-1", "create");
    expect(JSON.parse(JSON.stringify(handle))).toEqual({
      jobId: "j-1",
      pollUrl: "https://t.voyado.com/api/v3/orders/jobs/j-1",
      orderId: "o-1",
      operation: "create",
      startedAt: "2026-02-02T03:04:05.000Z",
    });
  });
});
