// @ts-check
// How much of the machine a test run takes, decided once for turbo (scripts/test.mjs) and for every
// package's vitest (vitest.shared.ts), instead of inherited from each tool's default: turbo's 10 tasks
// side by side, each vitest with its workers, each spawning CLIs and Prism, starved Prism's start on
// a 2-core CI machine. On a bigger machine, raise both (README, "Running the tests").
import { availableParallelism } from "node:os";

/** @param {string} name */
function positiveInteger(name) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  }
  return value;
}

const cpus = availableParallelism();

/**
 * turbo tasks, and test lanes, run side by side (`OPENAI_ADMIN_TEST_CONCURRENCY`): one per core and
 * one more, as the longest suites spend part of their time waiting rather than computing (the
 * release suite on the registry, the hardening suites on stalls and timeouts they provoke).
 */
export const taskConcurrency = positiveInteger("OPENAI_ADMIN_TEST_CONCURRENCY") ?? cpus + 1;

/**
 * vitest workers in each package (`OPENAI_ADMIN_TEST_WORKERS`): one per four cores, at least one, as
 * turbo already runs one package per core and most test files spawn processes of their own.
 */
export const testWorkers = positiveInteger("OPENAI_ADMIN_TEST_WORKERS") ?? Math.max(1, Math.floor(cpus / 4));
