// What a lossless listing must yield: the ids of a list of the simulator's organization, in list
// order, read from its state rather than through the API under test.
import type { RunningSimulator } from "@openai-admin/simulator";

/** Ids of the organization's list at `path` (users are made from their index, so 100,000 is cheap). */
export function idsOf(sim: RunningSimulator, path: "/organization/users" | "/organization/roles"): string[] {
  return Array.from(sim.simulator.org.collection(path).from(), (item) => item.id);
}
