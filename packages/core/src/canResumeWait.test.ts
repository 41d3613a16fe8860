import { describe, expect, it } from "vitest";
import { job, json, rejection, setup } from "../test/fake.ts";
import { canResumeWait } from "./canResumeWait.ts";
import {
  ContactMissingError,
  EngageError,
  JobFailedError,
  type JobHandle,
  JobTimeoutError,
  NetworkError,
  OrderAlreadyExistsError,
  waitForJob,
} from "./index.ts";

const handle: JobHandle = {
  jobId: "j-1",
  pollUrl: "https://t.voyado.com/api/v3/orders/jobs/j-1",
  orderId: "o-1",
  operation: "create",
  startedAt: "2025-01-01T00:00:00.000Z",
};

describe("canResumeWait", () => {
  it("is true for a timeout and for transport trouble that carries the handle", () => {
    expect(canResumeWait(new JobTimeoutError("late", { handle }))).toBe(true);
    expect(canResumeWait(new NetworkError("down", { handle }))).toBe(true);
    expect(canResumeWait(new EngageError("502", { status: 502, handle }))).toBe(true);
  });

  it("is false for a job's own outcome, an error without a handle, and anything else", () => {
    expect(canResumeWait(new JobFailedError("failed", { handle }))).toBe(false);
    expect(canResumeWait(new ContactMissingError("no contact", { handle }))).toBe(false);
    expect(canResumeWait(new OrderAlreadyExistsError("taken", { handle }))).toBe(false);
    expect(canResumeWait(new NetworkError("down"))).toBe(false);
    expect(canResumeWait(new Error("bug"))).toBe(false);
  });

  it("holds for what waitForJob throws, the read of a completed job's order included", async () => {
    const { client } = setup([job("j-1", "Completed"), new TypeError("down")], { retry: false });
    const error = await rejection(waitForJob(client, handle));
    expect(error).toBeInstanceOf(NetworkError);
    expect(canResumeWait(error)).toBe(true);
    const failed = setup([json(200, { jobId: "j-1", orderId: "o-1", status: "Failed" })]);
    expect(canResumeWait(await rejection(waitForJob(failed.client, handle)))).toBe(false);
  });
});
