// The page side of the Chromium conformance run: the built core runs in the page and talks to
// the emulator (served from the page's own origin) with the browser's own fetch.
import * as core from "@engage-orders/core";
import { type ConformanceContext, conformanceCases } from "../conformance/suite.ts";

declare global {
  var runConformanceCase: (
    name: string,
    context: Omit<ConformanceContext, "core">,
  ) => Promise<string>;
}

globalThis.runConformanceCase = async (name, context) => {
  const found = conformanceCases.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no conformance case named ${name}`);
  await found.run({ ...context, core });
  return "ok";
};
