export type { ActivityRow } from "./api/buckets.js";
export {
  always,
  type Fault,
  type FaultKind,
  type FaultSchedule,
  faultPlan,
  mulberry32,
  only,
  type SeededFaultsOptions,
  seededFaults,
  transientFaults,
} from "./faults.js";
export { RateLimiter, type RateLimitOptions } from "./http/rate-limit.js";
export {
  errorBody,
  type FaultContext,
  faultReply,
  injectFault,
  type LocalListener,
  listenLocal,
  type Reply,
  readBody,
  send,
} from "./http/wire.js";
export type { Entity } from "./org/collection.js";
export { type SeedFacts, seedFacts } from "./org/facts.js";
export { decodeSegment, parseTarget, type RecordedRequest } from "./record.js";
export { type RunningSimulator, type StartSimulatorOptions, startSimulator } from "./server.js";
export { createSimulator, Simulator, type SimulatorOptions, type SimulatorRequest } from "./simulator.js";
