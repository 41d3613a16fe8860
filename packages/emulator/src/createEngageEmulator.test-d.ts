import { describe, expectTypeOf, it } from "vitest";
import type {
  AutomationLogEntry,
  EngageEmulator,
  EngageEmulatorOptions,
  JobStatus,
} from "./index.ts";
import { createEngageEmulator, type latencyProfiles } from "./index.ts";

describe("public types", () => {
  it("fetch is assignable to the platform's fetch and to a bare handler", () => {
    const emulator = createEngageEmulator();
    expectTypeOf(emulator.fetch).toExtend<typeof globalThis.fetch>();
    expectTypeOf(emulator.handle).toExtend<(request: Request) => Promise<Response>>();
  });

  it("options take profile names or objects, and refuse unknown completions", () => {
    expectTypeOf<{ latency: "realistic" }>().toExtend<EngageEmulatorOptions>();
    expectTypeOf<{ latency: typeof latencyProfiles.fast }>().toExtend<EngageEmulatorOptions>();
    expectTypeOf<{ completion: 301 }>().not.toExtend<EngageEmulatorOptions>();
    expectTypeOf<{ clock: "manual" }>().toExtend<EngageEmulatorOptions>();
  });

  it("the automation log says where each action came from", () => {
    expectTypeOf<AutomationLogEntry["source"]>().toEqualTypeOf<"action" | "embedded" | "v2">();
    expectTypeOf<ReturnType<EngageEmulator["automationLog"]>>().toEqualTypeOf<
      AutomationLogEntry[]
    >();
    expectTypeOf<JobStatus>().toEqualTypeOf<
      "Pending" | "Processing" | "Completed" | "CompletedWithErrors" | "Failed"
    >();
  });
});
