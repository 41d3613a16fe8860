import type { JobView } from "@engage-orders/emulator";
import useSWR from "swr";
import { demoApi, demoApiFetcher } from "../demoApi.ts";

/** The emulator's open jobs, with a button that releases the stalled ones. */
export function StalledJobs() {
  const { data: jobs, mutate } = useSWR<JobView[]>("/emulator/jobs", demoApiFetcher, {
    refreshInterval: 1000,
  });
  const open = (jobs ?? []).filter(
    (job) => job.status === "Pending" || job.status === "Processing",
  );
  const stalled = open.filter((job) => job.stalled);
  return (
    <div className="stalled">
      <p>
        {open.length} open job(s), {stalled.length} stalled
      </p>
      <button
        type="button"
        className="button-secondary"
        disabled={stalled.length === 0}
        onClick={async () => {
          await demoApi("/emulator/release-stalled", { method: "POST", body: {} });
          await mutate();
        }}
      >
        Release stalled jobs
      </button>
    </div>
  );
}
