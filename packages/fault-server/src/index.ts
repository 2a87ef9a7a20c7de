export type { RecordedRequest } from "@openai-admin/simulator";
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
} from "@openai-admin/simulator";
export {
  type CursorStyle,
  roleAt,
  userAt,
  userIds,
} from "./collections.js";
export { type FaultServer, type FaultServerOptions, type Reply, startFaultServer } from "./server.js";
