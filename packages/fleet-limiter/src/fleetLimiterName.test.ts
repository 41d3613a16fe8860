import { describe, expect, it } from "vitest";
import { fleetLimiterName } from "./fleetLimiterName.ts";

describe("fleetLimiterName", () => {
  it("is the same for one key, different for another, and reveals nothing of the key", async () => {
    const key = "secret-engage-key-1234";
    const name = await fleetLimiterName(key);
    expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(await fleetLimiterName(key)).toBe(name);
    expect(await fleetLimiterName(`${key}5`)).not.toBe(name);
    expect(name).not.toContain(key);
  });

  it("is domain-separated: not the plain SHA-256 of the key", async () => {
    const key = "secret-engage-key-1234";
    const plain = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
    const plainHex = Buffer.from(plain).toString("hex");
    expect(await fleetLimiterName(key)).not.toBe(plainHex);
  });

  it("refuses an empty key", async () => {
    await expect(fleetLimiterName("")).rejects.toThrow(/apiKey/);
  });
});
