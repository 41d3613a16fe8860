import { react } from "./deps.ts";

/** A component's unmount signal: its controller, and whether the component is mounted. */
interface Unmount {
  controller: AbortController;
  mounted: boolean;
}

/**
 * Returns an AbortSignal that aborts when the component unmounts. The abort waits a microtask,
 * so StrictMode's simulated unmount (followed at once by a remount) aborts nothing; a
 * component shown again after a real unmount (e.g. by `<Activity>`) gets a fresh signal.
 */
export function useUnmountSignal(): AbortSignal {
  const unmount = react.useRef<Unmount | null>(null);
  if (!unmount.current || unmount.current.controller.signal.aborted) {
    unmount.current = { controller: new AbortController(), mounted: false };
  }
  const current = unmount.current;
  react.useEffect(() => {
    current.mounted = true;
    return () => {
      current.mounted = false;
      queueMicrotask(() => {
        if (!current.mounted) current.controller.abort();
      });
    };
  }, [current]);
  return current.controller.signal;
}
