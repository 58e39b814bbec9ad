import type { Conversation, Locale } from "../core/index.js";

export type Role = "admin" | "counselor";

export interface Counselor {
  id: string;
  email: string;
  name: string;
  role: Role;
  languages: Locale[];
  maxConcurrent: number;
  available: boolean;
}

export type NewCounselor = Omit<Counselor, "id" | "available"> & {
  available?: boolean;
  passwordHash?: string | null;
};
export type CounselorPatch = Partial<Omit<Counselor, "id" | "email">>;

/** How a claim ended; only `claimed` changes anything. */
export type ClaimResult =
  | { type: "claimed"; conversation: Conversation }
  | { type: "alreadyTaken" }
  | { type: "atCapacity" }
  | { type: "notFound" };

export type CloseReason = "answered" | "referred" | "noResponse" | "spam" | "residentSilent";

export const CLOSE_REASONS: readonly CloseReason[] = [
  "answered",
  "referred",
  "noResponse",
  "spam",
  "residentSilent",
];

/** Counselors, atomic claims and the conversation listings handoff needs (implemented in db/). */
export interface HandoffStore {
  createCounselor(input: NewCounselor): Promise<Counselor>;
  updateCounselor(id: string, patch: CounselorPatch): Promise<Counselor | null>;
  getCounselor(id: string): Promise<Counselor | null>;
  listCounselors(): Promise<Counselor[]>;
  /** Atomically assigns a waiting conversation: one winner, never above the counselor's capacity. */
  claim(conversationId: string, counselorId: string, now: Date): Promise<ClaimResult>;
  /** Conversations that ever reached a counselor queue, queued within the period. */
  handedOver(from: Date, to: Date): Promise<Conversation[]>;
  /** Seconds from queueing to first claim for the most recent claimed conversations. */
  recentWaits(since: Date, limit: number): Promise<number[]>;
  /** Open (waiting or active) conversations whose resident has been silent since before `before`. */
  silentSince(before: Date): Promise<Conversation[]>;
}
