/** The help text. */
export const usage = `Usage: engage-orders <command> [options]

Commands:
  import FILE              create every order in FILE (NDJSON, a JSON array, or - for stdin)
  reconcile FILE           read each order of FILE back from Engage: missing, differ, match
  get ORDER_ID             print one order
  orders CONTACT_ID        print every order of a contact (all pages), one per line
  job JOB_ID [--wait]      print a job, or wait for it to finish
  action ORDER_ID ACTION   trigger an action (reads the versionTag unless --version-tag)
  delete ORDER_ID          delete an order

import options:
  --journal FILE           where progress is recorded (default FILE.journal.ndjson); re-run to resume
  --rate N|off             requests per second (default 50, Engage's recommended limit)
  --concurrency N          orders in flight at once (default 16)
  --action NAME            embed an action in every create (fires once, e.g. ConfirmOrder)
  --language TAG           the embedded action's language, e.g. sv-SE
  --wait                   wait for every job's versionTag
  --wait-timeout SECONDS   longest wait for one job (default 120)
  --skip-invalid           send the valid orders; invalid ones go to the rejects file
  --rejects FILE           default FILE.rejects.ndjson
  --failures FILE          default FILE.failures.ndjson
  --retry-delays LIST      seconds before each retry of a whole order after transient
                           trouble (default 10,30,60,300, Engage's retry policy)
  --retry-failed           send again the orders the journal records as failed
  --progress-interval S    seconds between progress lines when not on a terminal (default 5)
  --json                   print a JSON summary on stdout at the end

reconcile options: --journal, --rate, --concurrency, --report FILE, --json, --progress-interval
get: --contact-id ID      job: --wait, --wait-timeout      delete: --wait
action: --version-tag TAG, --language TAG, --data JSON, --force (send despite an unknown outcome)

Configuration (the key is never a flag, so it stays out of shell history):
  ENGAGE_BASE_URL          https://TENANT.voyado.com (unset: the embedded emulator is used)
  ENGAGE_API_KEY           or --api-key-file FILE
  --user-agent UA          Engage requires system/version (default engage-orders-cli/0.1.0)
  --emulator-url URL       send to a running engage-emulator instead
  ENGAGE_ORDERS_STATE_DIR  where action outcomes are remembered (default ~/.local/state/engage-orders)

Exit codes: 0 all done, 1 some order failed or is pending, 2 bad input or usage, 130 interrupted.
`;
