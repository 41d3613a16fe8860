import { describe, expect, it } from "vitest";
import { newCounters, startProgress } from "./progress.ts";

describe("startProgress", () => {
  it("shows done/total, the rate over the last seconds, the ETA, retries, 429s and failures", () => {
    let now = 0;
    const counters = newCounters();
    const progress = startProgress(
      { write: () => true },
      { verb: "sent", counters, now: () => now },
    );
    counters.total = 1000;
    now = 10_000;
    counters.done = 500;
    counters.retries = 3;
    counters.rateLimited = 2;
    counters.failed = 1;
    expect(progress.line()).toBe(
      "sent 501/1000 (50%) · 50.0 orders/s · ETA 10s · retries 3 · 429s 2 · failed 1",
    );
    progress.stop();
  });

  it("redraws one line in place on a terminal and ends it with a newline", () => {
    const written: string[] = [];
    const counters = newCounters();
    counters.total = 2;
    counters.done = 2;
    const progress = startProgress(
      { write: (text: string) => written.push(text), isTTY: true, columns: 200 },
      { verb: "sent", counters },
    );
    progress.stop();
    expect(written[0]?.startsWith("\r\u001b[2K")).toBe(true);
    expect(written[0]).toContain("█".repeat(24));
    expect(written[0]).toContain(" 2/2 · ");
    expect(written[1]).toBe("\n");
  });

  it("prints one plain line per interval when not on a terminal", async () => {
    const written: string[] = [];
    const counters = newCounters();
    counters.total = 10;
    counters.done = 4;
    const progress = startProgress(
      { write: (text: string) => written.push(text) },
      { verb: "sent", counters, plainIntervalMs: 20 },
    );
    await new Promise((resolve) => setTimeout(resolve, 75));
    progress.stop();
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.every((line) => /^sent 4\/10 \(40%\) · .* failed 0\n$/.test(line))).toBe(true);
  });
});
