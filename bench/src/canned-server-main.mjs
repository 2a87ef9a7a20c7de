// @ts-check
// `node canned-server-main.mjs 10000 100000`: serves one organization per size, prints
// `{"urls":{"10000":"http://127.0.0.1:…"}}` on one line when ready, and stops on SIGTERM or
// when its parent is gone.
import { startCannedServer } from "./canned-server.mjs";

const totals = process.argv.slice(2).map(Number);
if (totals.length === 0 || totals.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error("usage: canned-server-main.mjs <total users> [<total users> …]");
  process.exit(2);
}
const server = await startCannedServer(totals);
process.stdout.write(`${JSON.stringify({ urls: server.urls })}\n`);

const parent = process.ppid;
const stop = () => void server.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// A bench killed with SIGKILL cannot clean up: do not outlive it.
setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch {
    stop();
  }
}, 1_000).unref();
