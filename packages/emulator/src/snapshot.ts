import type { SeededRandom } from "./random.ts";
import type { EmulatorSnapshot, EmulatorState } from "./state.ts";
import { cloneJson, createEmptyState, isJsonObject } from "./state.ts";

/** The random streams a snapshot saves. */
export interface RandomStreams {
  /** Ids and versionTags. */
  ids: SeededRandom;
  /** Processing delays. */
  latency: SeededRandom;
  /** Faults. */
  faults: SeededRandom;
}

/** Exports the whole state as plain JSON. API keys are configuration, not data, and are left out. */
export function exportSnapshot(
  state: EmulatorState,
  random: RandomStreams,
  now: number,
): EmulatorSnapshot {
  return cloneJson({
    format: "engage-emulator-state",
    version: 1,
    exportedAt: new Date(now).toISOString(),
    orders: [...state.orders.values()],
    jobs: [...state.jobs.values()],
    contacts: [...state.contacts.values()],
    automationLog: state.automationLog,
    integrationLog: state.integrationLog,
    sequence: state.sequence,
    random: {
      ids: random.ids.getState(),
      latency: random.latency.getState(),
      faults: random.faults.getState(),
    },
  } satisfies EmulatorSnapshot);
}

/** Rebuilds a state from a snapshot; throws a `TypeError` naming what is wrong. */
export function importSnapshot(snapshot: unknown, random: RandomStreams): EmulatorState {
  if (!isJsonObject(snapshot) || snapshot.format !== "engage-emulator-state") {
    throw new TypeError('Not an emulator snapshot: expected format "engage-emulator-state".');
  }
  if (snapshot.version !== 1) {
    throw new TypeError(`Unsupported snapshot version ${String(snapshot.version)}; expected 1.`);
  }
  for (const key of ["orders", "jobs", "contacts", "automationLog"] as const) {
    if (!Array.isArray(snapshot[key]))
      throw new TypeError(`The snapshot's ${key} must be an array.`);
  }
  const data = cloneJson(snapshot) as unknown as EmulatorSnapshot;
  const state = createEmptyState();
  for (const record of data.orders) state.orders.set(record.orderId, record);
  for (const contact of data.contacts) state.contacts.set(contact.contactId, contact);
  for (const job of data.jobs) {
    state.jobs.set(job.jobId, job);
    if (!job.outcome) state.openJobs.push(job);
    if (job.completedAt !== undefined) {
      state.lastCompletedAt = Math.max(state.lastCompletedAt, job.completedAt);
    }
  }
  state.openJobs.sort((a, b) => a.sequence - b.sequence);
  state.automationLog = data.automationLog;
  state.integrationLog = Array.isArray(data.integrationLog) ? data.integrationLog : [];
  state.sequence = typeof data.sequence === "number" ? data.sequence : 1;
  if (isJsonObject(data.random)) {
    random.ids.setState(data.random.ids);
    random.latency.setState(data.random.latency);
    random.faults.setState(data.random.faults);
  }
  return state;
}
