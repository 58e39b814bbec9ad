export {
  CounselorDesk,
  type DeskRefusal,
  type DeskResult,
  type QueueItem,
  type RecipientDirectory,
} from "./counselor-desk.js";
export { type HandoffEvent, HandoffEvents, type HandoffListener } from "./events.js";
export { QueueHandoffDesk } from "./handoff-desk.js";
export {
  CLOSE_REASONS,
  type ClaimResult,
  type CloseReason,
  type Counselor,
  type CounselorPatch,
  type HandoffStore,
  type NewCounselor,
  type Role,
} from "./model.js";
export {
  describeHours,
  describeMoment,
  isOpen,
  nextOpening,
  OfficeHoursError,
  type OfficeSchedule,
  parseOfficeHours,
} from "./office-hours.js";
export { type OutboxEntry, type OutboxStore, type Recipient, Relay } from "./relay.js";
export { type HandoffReport, summarize } from "./reports.js";
export { DEFAULT_ROUTING, isOfferedTo, type RoutingPolicy } from "./routing.js";
export { alertOnUrgentChats, type StaffAlert } from "./urgent-alerts.js";
export { estimateWaitMinutes } from "./wait-estimate.js";
