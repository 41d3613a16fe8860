// The Worker side of the workerd conformance run: the built core runs inside workerd and
// talks to the emulator over the Worker's own global fetch.
import * as core from "@engage-orders/core";
import { type ConformanceContext, conformanceCases } from "../conformance/suite.ts";

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const name = url.searchParams.get("case");
    const context = JSON.parse(url.searchParams.get("context") ?? "{}") as Omit<
      ConformanceContext,
      "core"
    >;
    const found = conformanceCases.find((candidate) => candidate.name === name);
    if (!found)
      return Response.json(
        { ok: false, error: `no conformance case named ${name}` },
        { status: 404 },
      );
    try {
      await found.run({ ...context, core });
      return Response.json({ ok: true });
    } catch (error) {
      const detail =
        error instanceof Error
          ? `${error.name}: ${error.message}\n${error.stack ?? ""}`
          : String(error);
      return Response.json({ ok: false, error: detail }, { status: 500 });
    }
  },
};
