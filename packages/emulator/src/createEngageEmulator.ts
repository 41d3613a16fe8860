import { resolveClock } from "./clock.ts";
import { controlPathOf, handleControl } from "./controlRoutes.ts";
import { authenticate } from "./conventions.ts";
import type { EngageEmulator } from "./EngageEmulator.ts";
import { normaliseFaults } from "./faults.ts";
import { followRedirects, raceAbort, toRequest } from "./fetchInput.ts";
import type { EmulatorRuntime } from "./handleRequest.ts";
import { handleRequest } from "./handleRequest.ts";
import type { JobEnvironment } from "./jobEnvironment.ts";
import { releaseStalled, settleJobs } from "./jobs.ts";
import { resolveLatency } from "./latency.ts";
import type { ContactSeed, EngageEmulatorOptions } from "./options.ts";
import { DEFAULT_API_KEY, DEFAULT_SEED } from "./options.ts";
import { createSeededRandom, createUuid } from "./random.ts";
import { createRateLimiter } from "./rateLimiter.ts";
import type { RandomStreams } from "./snapshot.ts";
import { exportSnapshot, importSnapshot } from "./snapshot.ts";
import type { Contact, EmulatorState } from "./state.ts";
import { cloneJson, createEmptyState } from "./state.ts";
import { resolveVariants } from "./variants.ts";
import { toJobView } from "./views.ts";

function startTime(startAt: number | string | undefined): number | undefined {
  if (startAt === undefined) return undefined;
  const time = typeof startAt === "number" ? startAt : Date.parse(startAt);
  if (!Number.isFinite(time))
    throw new RangeError(`startAt is not a valid time: ${String(startAt)}.`);
  return time;
}

/**
 * Creates an in-process Engage Orders API emulator.
 *
 * @example
 * ```ts
 * const emulator = createEngageEmulator({ clock: "manual", latency: "instant" });
 * emulator.seedContact({ email: "ada@example.com" });
 * const client = createOrdersClient({ baseUrl: "http://engage.test", apiKey: DEFAULT_API_KEY, fetch: emulator.fetch });
 * ```
 */
export function createEngageEmulator(options: EngageEmulatorOptions = {}): EngageEmulator {
  const seed = options.seed ?? DEFAULT_SEED;
  const newStreams = (): RandomStreams => ({
    ids: createSeededRandom(seed, 1),
    latency: createSeededRandom(seed, 2),
    faults: createSeededRandom(seed, 3),
  });
  const clock = resolveClock(options.clock, startTime(options.startAt));
  const random = newStreams();
  let state: EmulatorState = createEmptyState();
  let latency = resolveLatency(options.latency);
  const apiKeys = new Set(options.apiKeys ?? [DEFAULT_API_KEY]);
  const headerOption = options.apiKeyHeader ?? "apikey";
  const apiKeyHeaders = (typeof headerOption === "string" ? [headerOption] : [...headerOption]).map(
    (name) => name.toLowerCase(),
  );
  const autoCreateContacts = options.autoCreateContacts ?? false;
  const articles = options.articles ? new Set(options.articles) : null;
  const stores = options.stores ? new Set(options.stores) : null;
  const jobs = (): JobEnvironment => ({
    state,
    ids: random.ids,
    latencyRandom: random.latency,
    latency: () => latency,
    autoCreateContacts,
    articles,
    stores,
  });
  const runtime: EmulatorRuntime = {
    clock,
    random,
    settings: {
      completion: options.completion ?? 200,
      faults: normaliseFaults(options.faults ?? {}),
      v2Rules: { ...options.v2Rules },
      variants: resolveVariants(options.variants),
    },
    conventions: {
      apiKeys,
      apiKeyHeaders,
      requireUserAgent: options.requireUserAgent ?? true,
      maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    },
    rateLimiter:
      options.rateLimit === false ? null : createRateLimiter(options.rateLimit?.perSecond ?? 200),
    baseUrl: options.baseUrl?.replace(/\/+$/, ""),
    jobs,
    keysSentAsData: new Set(),
  };
  const settle = (): number => {
    const now = clock.now();
    settleJobs(jobs(), now);
    return now;
  };
  const seedContact = (contact: ContactSeed): Contact => {
    const created: Contact = { ...contact, contactId: contact.contactId ?? createUuid(random.ids) };
    state.contacts.set(created.contactId, created);
    return { ...created };
  };
  const seedFromOptions = (): void => {
    if (options.state) state = importSnapshot(options.state, random);
    for (const contact of options.contacts ?? []) seedContact(contact);
  };
  seedFromOptions();
  const controlPath = controlPathOf(options.controlRoutes);
  const answer = (request: Request): Promise<Response> => {
    if (controlPath !== null) {
      const url = new URL(request.url);
      if (url.pathname === controlPath || url.pathname.startsWith(`${controlPath}/`)) {
        const auth = authenticate(request, runtime.conventions);
        if (!auth.ok) return Promise.resolve(auth.response);
        return handleControl(emulator, request, url, controlPath);
      }
    }
    return handleRequest(runtime, request);
  };

  const emulator: EngageEmulator = {
    handle: (request) => answer(request),
    fetch(input, init) {
      const request = toRequest(input, init);
      return raceAbort(request.signal, async () =>
        followRedirects(await answer(request), request, answer),
      );
    },
    clock,
    advance(ms) {
      if (!clock.advance) throw new TypeError('advance(ms) needs the option clock: "manual".');
      clock.advance(ms);
    },
    seedContact,
    listContacts: () => [...state.contacts.values()].map((contact) => ({ ...contact })),
    addApiKey(apiKey) {
      if (apiKey.trim() === "") throw new RangeError("An API key must not be empty.");
      apiKeys.add(apiKey.trim());
    },
    removeApiKey: (apiKey) => apiKeys.delete(apiKey),
    getOrder(orderId) {
      settle();
      const record = state.orders.get(orderId);
      return record && cloneJson({ order: record.order, contactId: record.contactId });
    },
    listOrders() {
      settle();
      return [...state.orders.values()]
        .sort((a, b) => a.sequence - b.sequence)
        .map((record) => cloneJson({ order: record.order, contactId: record.contactId }));
    },
    getJob(jobId) {
      const now = settle();
      const job = state.jobs.get(jobId);
      return job && toJobView(job, now);
    },
    listJobs() {
      const now = settle();
      return [...state.jobs.values()].map((job) => toJobView(job, now));
    },
    automationLog(orderId) {
      settle();
      const entries = state.automationLog.filter(
        (entry) => orderId === undefined || entry.orderId === orderId,
      );
      return cloneJson(entries);
    },
    integrationLog(orderId) {
      settle();
      return cloneJson(
        state.integrationLog.filter((entry) => orderId === undefined || entry.orderId === orderId),
      );
    },
    getFaults: () => cloneJson(runtime.settings.faults),
    setFaults(faults) {
      runtime.settings.faults = normaliseFaults(faults);
    },
    setCompletion(completion) {
      if (completion !== 200 && completion !== 302) {
        throw new RangeError(`completion must be 200 or 302; got ${String(completion)}.`);
      }
      runtime.settings.completion = completion;
    },
    setVariants(variants) {
      runtime.settings.variants = resolveVariants(variants);
    },
    setLatency(next) {
      latency = resolveLatency(next);
    },
    releaseStalledJobs(jobId) {
      const released = releaseStalled(jobs(), clock.now(), jobId);
      settle();
      return released;
    },
    flushJobs() {
      const now = clock.now();
      const open = state.openJobs.filter((job) => !job.stalled);
      for (const job of open) job.processAt = Math.min(job.processAt, now);
      for (const job of open) job.startAt = Math.min(job.startAt, now);
      settle();
      return open.filter((job) => job.outcome !== undefined).length;
    },
    exportState: () => exportSnapshot(state, random, settle()),
    importState(snapshot) {
      state = importSnapshot(snapshot, random);
    },
    reset() {
      const fresh = newStreams();
      random.ids.setState(fresh.ids.getState());
      random.latency.setState(fresh.latency.getState());
      random.faults.setState(fresh.faults.getState());
      state = createEmptyState();
      runtime.rateLimiter?.clear();
      seedFromOptions();
    },
  };
  return emulator;
}
