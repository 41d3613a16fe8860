// The soak is seeded: the same seed gives the same run, request for request, so a failure
// seen once can be replayed, and the figures in the README can be reproduced.
import { describe, expect, it } from "vitest";
import { runSoak } from "../src/soak/runSoak";
import { soakFigures } from "../src/soak/soakFigures";

const figuresOf = async (seed: string) => {
  const run = await runSoak({ orders: 300, mode: "separate", faults: true, seed });
  const { realSeconds: _, ...figures } = soakFigures(run, run.requests.total);
  return { figures, confirmations: [...run.confirmations.entries()].sort() };
};

describe("the fault soak", () => {
  it("gives the same figures for the same seed, and other figures for another seed", async () => {
    const first = await figuresOf("replay");
    expect(await figuresOf("replay")).toEqual(first);
    expect((await figuresOf("another")).figures.answersByStatus).not.toEqual(
      first.figures.answersByStatus,
    );
  });
});
