import { describe, expect, it } from "vitest";
import { accepted, json, KEY, rejection, setup } from "../test/fake.ts";
import { internalsOf } from "./clientInternals.ts";
import { createOrdersClient, getOrder, ValidationError } from "./index.ts";

describe("createOrdersClient", () => {
  it("sends the key, the User-Agent and a JSON Content-Type on every request, GET included", async () => {
    const { client, sent } = setup([json(200, { orderId: "o-1", versionTag: "v1" })]);
    await getOrder(client, "o-1");
    expect(sent[0]?.headers).toEqual({
      apikey: KEY,
      "user-agent": "engage-orders/0.1.0",
      "content-type": "application/json",
      accept: "application/json",
    });
  });

  it("uses the configured header name and User-Agent", async () => {
    const { client, sent } = setup([json(200, { orderId: "o-1", versionTag: "v1" })], {
      apiKeyHeader: "x-api-key",
      userAgent: "AcmePOS/1.5",
    });
    await getOrder(client, "o-1");
    expect(sent[0]?.headers["x-api-key"]).toBe(KEY);
    expect(sent[0]?.headers.apikey).toBeUndefined();
    expect(sent[0]?.headers["user-agent"]).toBe("AcmePOS/1.5");
  });

  it("keeps a base path (a proxy) and drops trailing slashes", async () => {
    const { client, sent } = setup([json(200, { orderId: "o-1", versionTag: "v1" })], {
      baseUrl: "https://shop.example/engage/",
    });
    await getOrder(client, "o-1");
    expect(sent[0]?.url).toBe("https://shop.example/engage/api/v3/orders/o-1");
  });

  it("keeps a proxy prefix that itself contains /api/", async () => {
    const { client, sent } = setup([json(200, { orderId: "o-1", versionTag: "v1" })], {
      baseUrl: "https://shop.example/api/engage",
    });
    await getOrder(client, "o-1");
    expect(sent[0]?.url).toBe("https://shop.example/api/engage/api/v3/orders/o-1");
  });

  it("sends no key header without a key (behind a proxy that adds it)", async () => {
    const { client, sent } = setup([json(200, { orderId: "o-1", versionTag: "v1" })], {
      apiKey: undefined,
    });
    await getOrder(client, "o-1");
    expect(sent[0]?.headers).toEqual({
      "user-agent": "engage-orders/0.1.0",
      "content-type": "application/json",
      accept: "application/json",
    });
  });

  it("resolves a path baseUrl against the page's location in a browser", async () => {
    const scope = globalThis as { location?: unknown };
    scope.location = new URL("https://shop.example/checkout/step-2?x=1");
    try {
      const { client, sent } = setup([json(200, { orderId: "o-1", versionTag: "v1" })], {
        baseUrl: "/engage/",
        apiKey: undefined,
      });
      expect(client.baseUrl).toBe("https://shop.example/engage");
      await getOrder(client, "o-1");
      expect(sent[0]?.url).toBe("https://shop.example/engage/api/v3/orders/o-1");
    } finally {
      delete scope.location;
    }
  });

  it("refuses a path baseUrl where there is no page to resolve it against", () => {
    expect("location" in globalThis).toBe(false);
    let error: unknown;
    try {
      createOrdersClient({ baseUrl: "/engage" });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors[0]?.field).toBe("baseUrl");
    expect((error as Error).message).toMatch(/^baseUrl: .*a path in a browser/);
  });

  it.each([
    [{ baseUrl: "not a url" }, "baseUrl"],
    [{ baseUrl: "ftp://x.example" }, "baseUrl"],
    [{ apiKey: "" }, "apiKey"],
    [{ apiKey: "test-key\r\nx-evil: 1" }, "apiKey"],
    [{ userAgent: "Acme/1\n" }, "userAgent"],
    [{ apiKeyHeader: "api key" }, "apiKeyHeader"],
  ])("refuses %j naming the field, without echoing the value", (bad, field) => {
    const options = { baseUrl: "https://t.voyado.com", apiKey: KEY, ...bad };
    let error: unknown;
    try {
      createOrdersClient(options);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors[0]?.field).toBe(field);
    expect((error as Error).message).toMatch(new RegExp(`^${field}: `));
    expect((error as Error).message).not.toContain("evil");
  });

  it("looks up globalThis.fetch at call time and calls it with globalThis as `this`", async () => {
    const original = globalThis.fetch;
    const client = createOrdersClient({
      baseUrl: "https://t.voyado.com",
      apiKey: KEY,
      rateLimit: false,
    });
    let self: unknown;
    globalThis.fetch = async function (this: unknown) {
      self = this;
      return json(202, undefined, { location: "https://t.voyado.com/api/v3/orders/jobs/j-1" });
    } as typeof fetch;
    try {
      const { deleteOrder } = await import("./index.ts");
      const handle = await deleteOrder(client, "o-1");
      expect(handle.jobId).toBe("j-1");
      expect(self).toBe(globalThis);
    } finally {
      globalThis.fetch = original;
    }
  });

  it("never calls an injected fetch as a method of another object", async () => {
    let self: unknown = "unset";
    const client = createOrdersClient({
      baseUrl: "https://t.voyado.com",
      apiKey: KEY,
      rateLimit: false,
      fetch: function (this: unknown) {
        self = this;
        return Promise.resolve(accepted("j-1"));
      },
    });
    const { deleteOrder } = await import("./index.ts");
    await deleteOrder(client, "o-1");
    expect(self).toBeUndefined();
  });

  it("keeps the key out of the client's JSON and the events", async () => {
    const { client, events } = setup([json(200, { orderId: "o-1", versionTag: "v1" })]);
    await getOrder(client, "o-1");
    expect(JSON.stringify(client)).not.toContain(KEY);
    expect(JSON.stringify(events)).not.toContain(KEY);
  });

  it("ignores a listener that throws", async () => {
    const { client } = setup([json(200, { orderId: "o-1", versionTag: "v1" })], {
      onEvent: () => {
        throw new Error("logger down");
      },
    });
    await expect(getOrder(client, "o-1")).resolves.toMatchObject({ versionTag: "v1" });
  });

  it("shows only its baseUrl: nothing on it can send, reveal or change anything", () => {
    const { client } = setup([]);
    expect(Object.keys(client)).toEqual(["baseUrl"]);
    expect(Object.getOwnPropertyNames(client)).toEqual(["baseUrl"]);
    expect(Object.getOwnPropertySymbols(client)).toEqual([]);
    const reachable: unknown[] = [];
    for (const key in client) reachable.push((client as unknown as Record<string, unknown>)[key]);
    expect(reachable.filter((value) => typeof value === "function")).toEqual([]);
    expect(Object.isFrozen(client)).toBe(true);
    expect(JSON.stringify(client)).toBe('{"baseUrl":"https://t.voyado.com"}');
  });

  it("refuses an object that only looks like a client", async () => {
    const error = await rejection(getOrder({ baseUrl: "https://t.voyado.com" }, "o-1"));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe("client: must be made by createOrdersClient");
  });

  it("gives every request its own headers object", async () => {
    const seen: Array<Record<string, string>> = [];
    const { client } = setup([], {
      fetch: async (_url, init) => {
        const headers = init.headers as Record<string, string>;
        seen.push({ ...headers });
        // A wrapper that tags one request only.
        if (seen.length === 1) headers["x-tag"] = "first";
        return json(200, { orderId: "o-1", versionTag: "v1" });
      },
    });
    await getOrder(client, "o-1");
    await getOrder(client, "o-1");
    expect(seen[1]?.["x-tag"]).toBeUndefined();
    expect(seen[1]).toEqual(seen[0]);
  });

  it("sends the key to the configured origin only, whatever path it is asked for", async () => {
    const { client, sent } = setup([]);
    const internals = internalsOf(client);
    expect(() => internals.urlOf("@evil.example/api/v3/orders")).toThrow(ValidationError);
    expect(() => internals.fetchPath("https://evil.example/x", { method: "GET" }, {})).toThrow(
      "path: must be a path on the client's origin",
    );
    expect(sent).toHaveLength(0);
  });

  it("keeps any path that starts with / on the configured origin, as a URL parser reads it", () => {
    for (const baseUrl of ["https://engage.example", "https://engage.example/proxy/"]) {
      const internals = internalsOf(createOrdersClient({ baseUrl, apiKey: KEY }));
      for (const path of [
        "//evil.example/x",
        "/@evil.example/x",
        "/\\evil.example/x",
        "/:443@evil.example",
      ]) {
        expect(new URL(internals.urlOf(path)).origin).toBe("https://engage.example");
      }
    }
  });
});
