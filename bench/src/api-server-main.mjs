// @ts-check
// `node api-server-main.mjs 10000 100000`: one simulator per organization size, prints
// `{"urls":{"10000":"http://127.0.0.1:…"}}` on one line when ready, and stops on SIGTERM or
// when its parent is gone.
import { startApiServer } from "./api-server.mjs";

const totals = process.argv.slice(2).map(Number);
if (totals.length === 0 || totals.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error("usage: api-server-main.mjs <total users> [<total users> …]");
  process.exit(2);
}
const server = await startApiServer(totals);
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
