export { QueueHandoffDesk } from "./handoff-desk.js";
