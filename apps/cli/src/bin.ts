// Entry point. `--version` is answered before anything else is loaded so that it costs about as
// much as starting Node; everything else lives in lazily imported chunks.
declare const __CLI_VERSION__: string;

const argv = process.argv.slice(2);
const end = argv.indexOf("--");
const version = typeof __CLI_VERSION__ === "string" ? __CLI_VERSION__ : "0.0.0-dev";

if ((end === -1 ? argv : argv.slice(0, end)).includes("--version")) {
  process.stdout.write(`openai-admin ${version}\n`);
} else {
  // `openai-admin users list | head` closes the pipe early: stop quietly, as other CLIs do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const controller = new AbortController();
  process.on("SIGINT", () => {
    // A second Ctrl-C leaves at once, even if cleanup (stopping the mock) is still running.
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  });
  // The CLI's HTTP goes through node:http: Node's own Fetch classes (undici) would only cost start-up.
  const [{ useFetchClasses }, { main }] = await Promise.all([
    import("./http/fetch-classes.js"),
    import("./main.js"),
  ]);
  useFetchClasses();
  process.exitCode = await main(argv, {
    env: process.env,
    streams: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
    version,
    signal: controller.signal,
  });
}
