// @vitest-environment node
import { describe, expect, test } from "vitest";
import { demoModeFromEnvironment } from "./demoMode.ts";

const key = "test-key-CANARY-mode";

describe("demoModeFromEnvironment", () => {
  test("is the emulator without both variables", () => {
    expect(demoModeFromEnvironment({})).toEqual({ kind: "emulator" });
    expect(demoModeFromEnvironment({ ENGAGE_BASE_URL: " ", ENGAGE_API_KEY: "" })).toEqual({
      kind: "emulator",
    });
  });

  test("is the tenant with both, keeping only the URL's origin", () => {
    expect(
      demoModeFromEnvironment({
        ENGAGE_BASE_URL: "https://acme.staging.voyado.com/",
        ENGAGE_API_KEY: key,
      }),
    ).toEqual({ kind: "tenant", baseUrl: "https://acme.staging.voyado.com", apiKey: key });
  });

  test.each([
    [{ ENGAGE_API_KEY: key }, "ENGAGE_BASE_URL is not set"],
    [{ ENGAGE_BASE_URL: "https://acme.voyado.com" }, "ENGAGE_API_KEY is not set"],
    [
      { ENGAGE_BASE_URL: "acme.voyado.com", ENGAGE_API_KEY: key },
      "ENGAGE_BASE_URL must be an absolute URL",
    ],
    [
      { ENGAGE_BASE_URL: "ftp://acme.voyado.com", ENGAGE_API_KEY: key },
      "ENGAGE_BASE_URL must start with https://",
    ],
  ])("refuses %o, naming the variable and never the key", (env, message) => {
    expect(() => demoModeFromEnvironment(env)).toThrow(message);
    try {
      demoModeFromEnvironment(env);
    } catch (error) {
      expect(String(error)).not.toContain(key);
    }
  });
});
