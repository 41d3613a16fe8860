import { describe, expect, it } from "vitest";
import { json, KEY, rejection, setup } from "../test/fake.ts";
import { createOrdersClient, getOrder, ValidationError } from "./index.ts";
import { checkExtraHeaders } from "./requestHeaders.ts";

const found = () => json(200, { orderId: "o-1", versionTag: "v1" });

describe("the headers option", () => {
  it("sends a record of extra headers with every request", async () => {
    const { client, sent } = setup([found(), found()], { headers: { "x-tenant": "acme" } });
    await getOrder(client, "o-1");
    await getOrder(client, "o-1");
    expect(sent.map((request) => request.headers["x-tenant"])).toEqual(["acme", "acme"]);
    expect(sent[0]?.headers.apikey).toBe(KEY);
  });

  it("calls a function before each attempt with its request id, attempt, method, path and orderId", async () => {
    const seen: unknown[] = [];
    const { client, sent } = setup([json(503, {}), found()], {
      headers: (request) => {
        seen.push(request);
        return {
          traceparent: `00-${"a".repeat(32)}-${String(request.attempt).padStart(16, "0")}-01`,
        };
      },
    });
    await getOrder(client, "o-1");
    expect(seen).toEqual([
      {
        requestId: expect.any(String),
        attempt: 1,
        method: "GET",
        path: "/api/v3/orders/o-1",
        orderId: "o-1",
      },
      {
        requestId: (seen[0] as { requestId: string }).requestId,
        attempt: 2,
        method: "GET",
        path: "/api/v3/orders/o-1",
        orderId: "o-1",
      },
    ]);
    expect(sent.map((request) => request.headers.traceparent?.slice(-4))).toEqual(["1-01", "2-01"]);
  });

  it("refuses a record that names a header the client sets, whatever its case", () => {
    for (const name of ["apikey", "ApiKey", "Content-Type", "user-agent", "Accept"]) {
      expect(() =>
        createOrdersClient({
          baseUrl: "https://t.voyado.com",
          apiKey: KEY,
          headers: { [name]: "x" },
        }),
      ).toThrow(`headers.${name}: is set by the client and cannot be replaced`);
    }
    expect(() =>
      createOrdersClient({
        baseUrl: "https://t.voyado.com",
        apiKeyHeader: "x-api-key",
        headers: { "X-Api-Key": "guess" },
      }),
    ).toThrow(ValidationError);
  });

  it("never lets a function replace the key or Content-Type: the client's values win", async () => {
    const { client, sent } = setup([found()], {
      headers: () => ({ APIKEY: "stolen", "content-type": "text/plain", "x-ok": "1" }),
    });
    await getOrder(client, "o-1");
    const headers = sent[0]?.headers ?? {};
    expect(headers).toMatchObject({ apikey: KEY, "content-type": "application/json", "x-ok": "1" });
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === "apikey")).toEqual([
      "apikey",
    ]);
    expect(new Headers(headers).get("apikey")).toBe(KEY);
  });

  it("refuses bad names and values before anything is sent", async () => {
    expect(() =>
      createOrdersClient({ baseUrl: "https://t.voyado.com", headers: { "x-a": "1\r\nx-b: 2" } }),
    ).toThrow("headers.x-a: must be a header value (no CR, LF or NUL)");
    const { client, sent } = setup([found()], { headers: () => ({ "bad name": "1" }) });
    const error = await rejection(getOrder(client, "o-1"));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe("headers.bad name: must be a header name");
    expect(sent).toHaveLength(0);
  });

  it("checkExtraHeaders leaves out the client's own headers unless strict", () => {
    const reserved = new Set(["apikey"]);
    expect(checkExtraHeaders({ ApiKey: "x", b: "2" }, reserved, false)).toEqual({ b: "2" });
    expect(() => checkExtraHeaders({ ApiKey: "x" }, reserved, true)).toThrow(ValidationError);
  });
});
