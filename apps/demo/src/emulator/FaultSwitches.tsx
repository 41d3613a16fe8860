import type { FaultConfig, FaultRates } from "@engage-orders/emulator";
import { type FormEvent, useEffect, useState } from "react";
import useSWR from "swr";
import { ErrorNotice } from "../components/ErrorNotice.tsx";
import { demoApi, demoApiFetcher } from "../demoApi.ts";

type RateKey = "serverError" | "rateLimit" | "dropAfterProcessing" | "stallJobs" | "extraLatency";

/** The faults a person can switch on, with what each one does to a request. */
const switches: { key: RateKey; label: string; hint: string; defaultPercent: number }[] = [
  {
    key: "serverError",
    label: "Server errors (503)",
    hint: "answered instead of doing the work",
    defaultPercent: 20,
  },
  {
    key: "rateLimit",
    label: "Rate limited (429)",
    hint: "with Retry-After: 1",
    defaultPercent: 10,
  },
  {
    key: "dropAfterProcessing",
    label: "Lost answers",
    hint: "the work is done, the answer never arrives",
    defaultPercent: 5,
  },
  {
    key: "stallJobs",
    label: "Stalled jobs",
    hint: "held Pending until released",
    defaultPercent: 50,
  },
  {
    key: "extraLatency",
    label: "Slow answers (+2 s)",
    hint: "added before answering",
    defaultPercent: 20,
  },
];

type SwitchState = Record<RateKey, { on: boolean; percent: string }>;

const fromConfig = (config: FaultConfig | undefined): SwitchState =>
  Object.fromEntries(
    switches.map(({ key, defaultPercent }) => {
      const rate = config?.[key] ?? 0;
      return [
        key,
        { on: rate > 0, percent: String(rate > 0 ? Math.round(rate * 1000) / 10 : defaultPercent) },
      ];
    }),
  ) as SwitchState;

/**
 * The emulator's fault switches: each fault on or off with its rate in percent, applied
 * together, so a person can watch the client retry and recover.
 */
export function FaultSwitches() {
  const { data: faults, mutate } = useSWR<FaultConfig>("/emulator/faults", demoApiFetcher);
  const [state, setState] = useState<SwitchState>(() => fromConfig(undefined));
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState("");
  useEffect(() => setState(fromConfig(faults)), [faults]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const rates: FaultRates = {};
    for (const { key } of switches) {
      if (state[key].on) rates[key] = Number(state[key].percent) / 100;
    }
    try {
      setError(undefined);
      await mutate(demoApi<FaultConfig>("/emulator/faults", { method: "PUT", body: rates }), {
        revalidate: false,
      });
      const active = switches.filter(({ key }) => state[key].on).length;
      setSaved(active === 0 ? "Faults off." : `${active} fault(s) on.`);
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <form onSubmit={onSubmit} className="faults" aria-labelledby="faults-title" noValidate>
      <h3 id="faults-title">Faults</h3>
      {switches.map(({ key, label, hint }) => (
        <div className="fault" key={key}>
          <label className="checkbox">
            <input
              type="checkbox"
              role="switch"
              aria-checked={state[key].on}
              checked={state[key].on}
              onChange={(event) =>
                setState({ ...state, [key]: { ...state[key], on: event.target.checked } })
              }
            />
            <span>
              {label}
              <span className="hint">{hint}</span>
            </span>
          </label>
          <label className="rate">
            <span className="visually-hidden">{label} rate in percent</span>
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              value={state[key].percent}
              onChange={(event) =>
                setState({ ...state, [key]: { ...state[key], percent: event.target.value } })
              }
            />
            <span aria-hidden="true">%</span>
          </label>
        </div>
      ))}
      <div className="form-actions">
        <button type="submit" className="button-secondary">
          Apply faults
        </button>
        <span role="status" className="muted">
          {saved}
        </span>
      </div>
      <ErrorNotice title="The faults were not changed" error={error} />
    </form>
  );
}
