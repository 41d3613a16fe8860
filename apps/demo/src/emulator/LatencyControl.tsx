import { useId } from "react";
import useSWR from "swr";
import { demoApi, demoApiFetcher } from "../demoApi.ts";

interface Latency {
  profile: string;
  profiles: string[];
}

const descriptions: Record<string, string> = {
  instant: "done on the next poll",
  fast: "median 40 ms",
  realistic: "median 400 ms, a tail of seconds",
  congested: "median 2 s, a tail up to a minute",
};

/** The emulator's job latency: how long Engage takes to process a write. */
export function LatencyControl() {
  const id = useId();
  const { data, mutate } = useSWR<Latency>("/emulator/latency", demoApiFetcher);
  return (
    <div className="field">
      <label htmlFor={id}>Job processing time</label>
      <select
        id={id}
        value={data?.profile ?? ""}
        disabled={!data}
        onChange={(event) =>
          void mutate(
            demoApi<Latency>("/emulator/latency", {
              method: "PUT",
              body: { profile: event.target.value },
            }),
            {
              revalidate: false,
            },
          )
        }
      >
        {(data?.profiles ?? []).map((profile) => (
          <option key={profile} value={profile}>
            {profile} ({descriptions[profile] ?? "custom"})
          </option>
        ))}
      </select>
    </div>
  );
}
