// The seeded organization the report tests read: the simulator on 127.0.0.1, and the built CLI
// run against it. `now` is the real clock, as the CLI's own, so "90 days ago" agrees on both sides.
import { type RunningSimulator, seedFacts, startSimulator } from "@openai-admin/simulator";
import { run } from "../helpers/cli.js";

export const SEED = 1;

export async function seededOrganization(): Promise<{ sim: RunningSimulator; now: number }> {
  const now = Math.floor(Date.now() / 1000);
  return { sim: await startSimulator({ seed: SEED, now }), now };
}

export function factsAt(now: number) {
  return seedFacts({ seed: SEED, now, inactiveDays: 90, inviteDays: 14 });
}

export function report(sim: RunningSimulator, args: readonly string[]) {
  return run(["report", ...args, "--base-url", sim.url]);
}
