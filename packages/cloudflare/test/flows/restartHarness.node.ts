// Runs the test Worker (with the order flow) in Miniflare from Node, on Workflow state
// persisted to a directory, so a test can stop the Worker mid-flow and start it again.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import type { OrderFlowState, StartedOrderFlow } from "../../src/index.ts";

/** The test Worker bundled once: the package's source, the core's source. */
export async function bundleFlowWorker(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./worker.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["@engage-orders/source", "workerd", "worker", "import"],
    external: ["cloudflare:*"],
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no Worker bundle");
  return output.text;
}

/** A running copy of the Worker; `stop` ends its workerd process. */
export interface FlowWorker {
  start(params: unknown): Promise<StartedOrderFlow>;
  read(id: string): Promise<OrderFlowState>;
  /** Pauses and resumes an instance through the Workflow binding. */
  pauseAndResume(id: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the Worker in Miniflare with its Workflow state kept in `persistDirectory`. */
export async function startFlowWorker(options: {
  script: string;
  persistDirectory: string;
  engageUrl: string;
  apiKey: string;
}): Promise<FlowWorker> {
  const worker = new Miniflare({
    modules: true,
    script: options.script,
    compatibilityDate: "2026-04-01",
    bindings: {
      ENGAGE_URL: options.engageUrl,
      ENGAGE_API_KEY: options.apiKey,
      ENGAGE_USER_AGENT: "EngageOrdersFlowTests/1.0",
    },
    workflows: { ORDER_FLOW: { name: "order-flow", className: "OrderFlow" } },
    workflowsPersist: options.persistDirectory,
    durableObjectsPersist: options.persistDirectory,
  });
  await worker.ready;
  return {
    async start(params) {
      const response = await worker.dispatchFetch("http://shop.test/orders", {
        method: "POST",
        body: JSON.stringify(params),
      });
      if (response.status !== 202)
        throw new Error(`POST /orders answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as StartedOrderFlow;
    },
    async read(id) {
      const response = await worker.dispatchFetch(
        `http://shop.test/flows?id=${encodeURIComponent(id)}`,
      );
      return (await response.json()) as OrderFlowState;
    },
    async pauseAndResume(id) {
      const binding = (await worker.getBindings<{ ORDER_FLOW: Workflow }>()).ORDER_FLOW;
      const instance = await binding.get(id);
      await instance.pause();
      for (let check = 0; (await instance.status()).status !== "paused"; check++) {
        if (check > 100) throw new Error(`instance ${id} did not pause`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await instance.resume();
    },
    stop: () => worker.dispose(),
  };
}
