import { describe, expect, it } from "vitest";
import { rewriteJsonUrls, rewriteLocation, rewriteUpstreamUrl } from "./rewriteUpstreamUrls.ts";

const rewrite = { from: "https://tenant.voyado.example", to: "https://shop.example/engage" };

describe("rewriteUpstreamUrl", () => {
  it.each([
    [
      "https://tenant.voyado.example/api/v3/orders/jobs/1",
      "https://shop.example/engage/api/v3/orders/jobs/1",
    ],
    ["https://tenant.voyado.example?x=1", "https://shop.example/engage?x=1"],
    ["https://tenant.voyado.example", "https://shop.example/engage"],
    [
      "https://tenant.voyado.example.evil.example/api",
      "https://tenant.voyado.example.evil.example/api",
    ],
    ["https://tenant.voyado.example:444/api", "https://tenant.voyado.example:444/api"],
    ["http://tenant.voyado.example/api", "http://tenant.voyado.example/api"],
    ["not a url", "not a url"],
    [
      "HTTPS://Tenant.Voyado.Example:443/api/v3/orders/jobs/1",
      "https://shop.example/engage/api/v3/orders/jobs/1",
    ],
    ["https://TENANT.voyado.example", "https://shop.example/engage"],
    ["https://tenant.voyado.example:8443/api", "https://tenant.voyado.example:8443/api"],
  ])("%s → %s", (value, expected) => {
    expect(rewriteUpstreamUrl(value, rewrite)).toBe(expected);
  });

  it("respects an upstream base path", () => {
    const nested = { from: "http://127.0.0.1:1/emu", to: "https://shop.example" };
    expect(rewriteUpstreamUrl("http://127.0.0.1:1/emu/api/v3/orders", nested)).toBe(
      "https://shop.example/api/v3/orders",
    );
    expect(rewriteUpstreamUrl("http://127.0.0.1:1/emulator/x", nested)).toBe(
      "http://127.0.0.1:1/emulator/x",
    );
  });
});

describe("rewriteLocation", () => {
  it("resolves relative locations against the upstream request", () => {
    const upstream = "https://tenant.voyado.example/api/v3/orders";
    expect(rewriteLocation("jobs/9", `${upstream}/`, rewrite)).toBe(
      "https://shop.example/engage/api/v3/orders/jobs/9",
    );
    expect(rewriteLocation("https://elsewhere.example/x", upstream, rewrite)).toBe(
      "https://elsewhere.example/x",
    );
  });
});

describe("rewriteJsonUrls", () => {
  it("rewrites a URL whose host is spelled in capitals", () => {
    expect(rewriteJsonUrls('{"href":"https://TENANT.voyado.example/api/x"}', rewrite)).toBe(
      '{"href":"https://shop.example/engage/api/x"}',
    );
  });

  it("leaves a text without the upstream host untouched", () => {
    const text = '{"a": 1.50, "b": "https://other.example/x"}';
    expect(rewriteJsonUrls(text, rewrite)).toBe(text);
  });

  it("rewrites escaped and unescaped string values, nowhere else", () => {
    const text =
      '{ "href" : "https:\\/\\/tenant.voyado.example\\/api\\/v3\\/orders\\/jobs\\/1", "n": 1e2, "q": "say \\"https://tenant.voyado.example/x\\"" }';
    expect(rewriteJsonUrls(text, rewrite)).toBe(
      '{ "href" : "https://shop.example/engage/api/v3/orders/jobs/1", "n": 1e2, "q": "say \\"https://tenant.voyado.example/x\\"" }',
    );
  });
});
