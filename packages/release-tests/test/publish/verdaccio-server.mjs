// Runs Verdaccio for the publish test, in its own process. It listens on a port the OS picks (no
// race for a free one), prints it, and exits when the test's stdin pipe closes, so even a test
// process killed with SIGKILL leaves no registry behind.
import { runServer } from "verdaccio";

const server = await runServer(process.argv[2]);
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`verdaccio listening on ${server.address().port}\n`);
});
const stop = () => {
  server.closeAllConnections?.();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2_000).unref();
};
process.stdin.on("end", stop).resume();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
