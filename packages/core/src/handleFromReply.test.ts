import { describe, expect, it } from "vitest";
import { setup } from "../test/fake.ts";
import { MalformedResponseError } from "./errors.ts";
import { handleFromReply } from "./handleFromReply.ts";
import { parseJson, type Reply } from "./replyBody.ts";

const reply = (text: string, headers: Record<string, string> = {}, statuses = [202]): Reply => ({
  status: 202,
  headers: new Headers(headers),
  redirected: false,
  text,
  data: parseJson(text),
  path: "/api/v3/orders",
  attempts: statuses.map((status) => ({ status, reason: `${status}`, delayMs: 0 })),
});

describe("handleFromReply", () => {
  const { client } = setup([], { baseUrl: "https://proxy.example/engage" });

  it("reads the job from the body and polls its href on the client's base URL", () => {
    const body = {
      jobId: "j-1",
      orderId: "o-9",
      href: "https://t.voyado.com/api/v3/orders/jobs/j-1",
    };
    expect(handleFromReply(client, reply(JSON.stringify(body)), "o-1", "create")).toEqual({
      jobId: "j-1",
      pollUrl: "https://proxy.example/engage/api/v3/orders/jobs/j-1",
      orderId: "o-9",
      operation: "create",
      startedAt: "2025-01-01T00:00:00.000Z",
    });
  });

  it("reads the job id from Location when the body has none, decoding it", () => {
    const location = "https://t.voyado.com/api/v3/orders/jobs/j%201?x=1";
    const handle = handleFromReply(client, reply("", { location }), "o-1", "replace");
    expect(handle).toMatchObject({
      jobId: "j 1",
      pollUrl: "https://proxy.example/engage/api/v3/orders/jobs/j%201?x=1",
    });
  });

  it("makes an empty answer without a job a completed handle on the order", () => {
    const handle = handleFromReply(client, reply(""), "o-1", "delete");
    expect(handle).toMatchObject({
      jobId: "",
      status: "Completed",
      pollUrl: "https://proxy.example/engage/api/v3/orders/o-1",
    });
  });

  it("refuses a body that names no job", () => {
    expect(() => handleFromReply(client, reply('{"ok":true}'), "o-1", "create")).toThrow(
      MalformedResponseError,
    );
  });

  it("marks a handle retried when an earlier attempt may have been processed", () => {
    const body = JSON.stringify({ jobId: "j-1" });
    expect(handleFromReply(client, reply(body, {}, [502, 202]), "o-1", "create").retried).toBe(
      true,
    );
    expect(handleFromReply(client, reply(body, {}, [503, 202]), "o-1", "create").retried).toBe(
      undefined,
    );
  });
});
