import { describe, expect, it } from "vitest";
import { isIsoDateTime } from "./isIsoDateTime.ts";

describe("isIsoDateTime", () => {
  it.each([
    "2025-12-03T15:15:19+01:00",
    "2025-12-03T14:15:19Z",
    "2025-12-03T14:15:19.123Z",
    "2025-12-03T14:15-05:30",
    "2024-02-29T00:00:00+00:00",
    "2025-12-31T23:59:59-12:00",
  ])("accepts %s", (value) => {
    expect(isIsoDateTime(value)).toBe(true);
  });

  it.each([
    "2025-12-03T15:15:19",
    "2025-12-03",
    "2025-12-03 15:15:19+01:00",
    "2025-12-03T15:15:19+0100",
    "2025-02-29T00:00:00Z",
    "2025-04-31T00:00:00Z",
    "2025-13-01T00:00:00Z",
    "2025-00-10T00:00:00Z",
    "2025-12-00T00:00:00Z",
    "2025-12-03T24:00:00Z",
    "2025-12-03T15:60:00Z",
    "03/12/2025 15:15",
    "",
  ])("rejects %j", (value) => {
    expect(isIsoDateTime(value)).toBe(false);
  });
});
