// @ts-check
// Preloaded with `node --import` when /usr/bin/time is missing: writes this process's peak RSS
// (kilobytes, like /usr/bin/time's %M) to $BENCH_MAX_RSS_FILE as it exits.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
