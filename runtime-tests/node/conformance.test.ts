// The conformance suite in Node 20, against the built core and the emulator over real HTTP.
import * as core from "@engage-orders/core";
import { afterAll, beforeAll, test } from "vitest";
import { conformanceCases } from "../conformance/suite.ts";
import {
  type ConformanceEmulator,
  startConformanceEmulator,
} from "../harness/conformanceEmulator.ts";

let emulator: ConformanceEmulator;
beforeAll(async () => {
  emulator = await startConformanceEmulator();
});
afterAll(() => emulator?.close());

for (const conformanceCase of conformanceCases) {
  test(conformanceCase.name, () => conformanceCase.run({ ...emulator.context("node"), core }));
}
