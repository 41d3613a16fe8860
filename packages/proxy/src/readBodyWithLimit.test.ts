import { describe, expect, it } from "vitest";
import { readBodyWithLimit } from "./readBodyWithLimit.ts";

function streamOf(...chunks: number[]) {
  let index = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[index++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(index));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => index, cancelled: () => cancelled };
}

describe("readBodyWithLimit", () => {
  it("reads a missing body as empty", async () => {
    expect(await readBodyWithLimit(null, 1)).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });

  it("joins chunks up to exactly the limit", async () => {
    const result = await readBodyWithLimit(streamOf(3, 4, 3).stream, 10);
    expect(result).toEqual({ ok: true, bytes: new Uint8Array([1, 1, 1, 2, 2, 2, 2, 3, 3, 3]) });
  });

  it("stops at the first chunk past the limit and cancels the stream", async () => {
    const source = streamOf(5, 5, 1, 100, 100);
    expect(await readBodyWithLimit(source.stream, 10)).toEqual({ ok: false, reason: "too-large" });
    expect(source.cancelled()).toBe(true);
    expect(source.pulled()).toBe(3);
  });
});
