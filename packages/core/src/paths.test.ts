import { describe, expect, it } from "vitest";
import { json, rejection, setup } from "../test/fake.ts";
import { type EngageError, getOrder } from "./index.ts";
import { jobPath, orderPath, rebase } from "./paths.ts";

const ok = () => json(200, { orderId: "o-1", versionTag: "v1" });

describe("order and job ids", () => {
  it.each([".", ".."])(
    "refuses %j before sending, since a URL reads it as a path step",
    async (id) => {
      const { client, sent } = setup([ok()]);
      const error = (await rejection(getOrder(client, id))) as EngageError;
      expect(error.name).toBe("ValidationError");
      expect(error.fieldErrors).toEqual([{ field: "orderId", message: 'must not be "." or ".."' }]);
      expect(sent).toHaveLength(0);
    },
  );

  it("encodes any other id as one path segment", async () => {
    const { client, sent } = setup([ok()]);
    await getOrder(client, "a/../b?c#d .");
    expect(sent[0]?.url).toContain("/api/v3/orders/a%2F..%2Fb%3Fc%23d%20.");
  });
});

describe("orderPath and jobPath", () => {
  it("encode the id as one segment of the route", () => {
    expect(orderPath("a/b c")).toBe("/api/v3/orders/a%2Fb%20c");
    expect(jobPath("j?1")).toBe("/api/v3/orders/jobs/j%3F1");
  });

  it('refuse "." and ".." naming the field', () => {
    expect(() => jobPath("..")).toThrow('jobId: must not be "." or ".."');
  });
});

describe("rebase", () => {
  const { client } = setup([], { baseUrl: "https://proxy.example/engage" });

  it("keeps the path from /api/v{n}/ on, whatever origin or prefix the URL had", () => {
    expect(rebase(client, "https://elsewhere.example/x/api/v3/orders/jobs/j-1?a=1")).toBe(
      "/api/v3/orders/jobs/j-1?a=1",
    );
    expect(rebase(client, "/api/v2/orders")).toBe("/api/v2/orders");
  });

  it("resolves a relative link against the base URL", () => {
    expect(rebase(client, "api/v3/orders?contactId=c")).toBe("/api/v3/orders?contactId=c");
  });
});
