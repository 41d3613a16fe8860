import { describe, expect, it } from "vitest";
import {
  checkLeasePolicy,
  checkLeaseRequest,
  createLeaseSchedule,
  defaultLeasePolicy,
  grantLease,
  type LeaseSchedule,
} from "./grantLease.ts";

/** Replays leases from `lessees` asking in turn, each asking again when its times run out. */
function simulate(lesseeCount: number, want: number, durationMs: number) {
  let schedule: LeaseSchedule = createLeaseSchedule();
  const sendTimes: number[] = [];
  const leases: number[] = [];
  const nextAskAt = Array.from({ length: lesseeCount }, () => 0);
  for (let now = 0; now < durationMs; now++) {
    for (let lessee = 0; lessee < lesseeCount; lessee++) {
      if ((nextAskAt[lessee] as number) > now) continue;
      const result = grantLease(schedule, { lessee: `l${lessee}`, want }, now);
      schedule = result.schedule;
      const { count, firstInMs, spacingMs } = result.grant;
      for (let index = 0; index < count; index++)
        sendTimes.push(now + firstInMs + index * spacingMs);
      leases.push(count);
      // It asks again just before its last send time.
      nextAskAt[lessee] = now + firstInMs + (count - 1) * spacingMs;
    }
  }
  return { sendTimes: sendTimes.sort((a, b) => a - b), leases };
}

function mostInSpan(sendTimes: number[], spanMs: number): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < sendTimes.length; last++) {
    while ((sendTimes[last] as number) - (sendTimes[first] as number) >= spanMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe("grantLease", () => {
  it("never grants two send times closer than 1/perSecond, whoever asks", () => {
    const { sendTimes } = simulate(20, 8, 5000);
    for (let index = 1; index < sendTimes.length; index++) {
      const gap = (sendTimes[index] as number) - (sendTimes[index - 1] as number);
      expect(gap).toBeGreaterThanOrEqual(1000 / defaultLeasePolicy.perSecond - 1e-9);
    }
  });

  it("keeps any second at most 49 sends even when every send is up to toleranceMs late", () => {
    const { sendTimes } = simulate(20, 8, 10_000);
    expect(mostInSpan(sendTimes, 1000 + defaultLeasePolicy.toleranceMs)).toBeLessThanOrEqual(49);
  });

  it("fills the schedule: 20 lessees asking keep the fleet near perSecond", () => {
    const { sendTimes } = simulate(20, 8, 10_000);
    const inLastFiveSeconds = sendTimes.filter((time) => time >= 5000 && time < 10_000).length;
    expect(inLastFiveSeconds / 5).toBeGreaterThan(46);
  });

  it("shrinks the batch as more lessees are active, and grants one alone the most", () => {
    const alone = grantLease(createLeaseSchedule(), { lessee: "a", want: 100 }, 0);
    expect(alone.grant.count).toBe(defaultLeasePolicy.maxBatch);
    let schedule = createLeaseSchedule();
    let last = 0;
    for (let lessee = 0; lessee < 20; lessee++) {
      const result = grantLease(schedule, { lessee: `l${lessee}`, want: 100 }, 0);
      schedule = result.schedule;
      last = result.grant.count;
    }
    // 3000 ms of send times at 47/s is 141; a twentieth of it is 7.
    expect(last).toBeLessThanOrEqual(7);
    expect(last).toBeGreaterThanOrEqual(1);
  });

  it("averages more than 4 requests per lease with 20 lessees (under 0.25 round trips per request)", () => {
    const { sendTimes, leases } = simulate(20, 8, 10_000);
    expect(leases.length / sendTimes.length).toBeLessThanOrEqual(0.25);
  });

  it("grants every lease at least one send time, after every earlier grant (no starvation)", () => {
    let schedule = createLeaseSchedule();
    let previousEnd = 0;
    for (let lessee = 0; lessee < 200; lessee++) {
      const { schedule: next, grant } = grantLease(schedule, { lessee: `l${lessee}`, want: 3 }, 0);
      expect(grant.count).toBeGreaterThanOrEqual(1);
      expect(grant.firstInMs).toBeGreaterThanOrEqual(previousEnd - 1e-9);
      previousEnd = grant.firstInMs + grant.count * grant.spacingMs;
      schedule = next;
    }
  });

  it("gives no more than asked for, and forgets lessees gone quiet", () => {
    const first = grantLease(createLeaseSchedule(), { lessee: "a", want: 2 }, 0);
    expect(first.grant.count).toBe(2);
    const later = grantLease(first.schedule, { lessee: "b", want: 1 }, 10_000);
    expect(Object.keys(later.schedule.lessees)).toEqual(["b"]);
    expect(later.grant.firstInMs).toBe(0);
  });

  it("names the field of a bad request or policy", () => {
    expect(() => checkLeaseRequest({ lessee: "a b", want: 1 })).toThrow(/lessee/);
    expect(() => checkLeaseRequest({ lessee: "a", want: 0 })).toThrow(/want/);
    expect(() => checkLeaseRequest(null)).toThrow(/lessee/);
    expect(checkLeaseRequest({ lessee: "a-1", want: 3 })).toEqual({ lessee: "a-1", want: 3 });
    expect(() => checkLeasePolicy({ ...defaultLeasePolicy, perSecond: 0 })).toThrow(/perSecond/);
    expect(() => checkLeasePolicy({ ...defaultLeasePolicy, toleranceMs: -1 })).toThrow(
      /toleranceMs/,
    );
  });
});
