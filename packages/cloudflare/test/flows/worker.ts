// The Worker the flow tests run: it exports the order flow and starts and reads flows the way
// the README shows.
import { type OrderFlowBinding, readOrderFlow, startOrderFlow } from "../../src/index.ts";

export { OrderFlow } from "../../src/index.ts";

interface Env {
  ORDER_FLOW: OrderFlowBinding;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/orders") {
      const started = await startOrderFlow(env.ORDER_FLOW, await request.json());
      return Response.json(started, { status: 202 });
    }
    const id = url.searchParams.get("id");
    if (request.method === "GET" && url.pathname === "/flows" && id) {
      return Response.json(await readOrderFlow(env.ORDER_FLOW, id));
    }
    return new Response("Not found", { status: 404 });
  },
};
