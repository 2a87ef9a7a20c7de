// `org apply`: runs a plan's changes phase by phase (what stands alone, what lives in it, role
// assignments, removals, archives), all of a phase at once under the throttle that bounds the
// requests in flight. A phase with a failure stops the run: the next apply plans again from the
// live organization and does only what is left.
import type { Change, Plan, RunContext } from "./changes.js";

export interface ApplyResult {
  done: number;
  failed: { change: Change; error: unknown }[];
  /** Changes not started because an earlier phase failed. */
  skipped: number;
}

export async function applyPlan(
  plan: Plan,
  ctx: RunContext,
  report: (change: Change, error?: unknown) => void,
): Promise<ApplyResult> {
  const result: ApplyResult = { done: 0, failed: [], skipped: 0 };
  const phases = [...new Set(plan.changes.map((c) => c.phase))].sort((a, b) => a - b);
  for (const [i, phase] of phases.entries()) {
    const batch = plan.changes.filter((c) => c.phase === phase);
    await Promise.all(
      batch.map(async (change) => {
        try {
          await change.run(ctx);
          result.done++;
          report(change);
        } catch (error) {
          if (ctx.api.signal.aborted) throw error;
          result.failed.push({ change, error });
          report(change, error);
        }
      }),
    );
    if (result.failed.length > 0) {
      result.skipped = phases
        .slice(i + 1)
        .reduce((n, p) => n + plan.changes.filter((c) => c.phase === p).length, 0);
      break;
    }
  }
  return result;
}
