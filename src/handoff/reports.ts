import type { Conversation } from "../core/index.js";

interface Group {
  conversations: number;
  claimed: number;
  averageWaitSeconds: number | null;
  averageHandlingSeconds: number | null;
  outcomes: Record<string, number>;
  rated: number;
  averageSatisfaction: number | null;
}

export interface HandoffReport {
  total: Group;
  byLanguage: Record<string, Group>;
  byTopic: Record<string, Group>;
}

const average = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
const seconds = (from: Date | null, to: Date | null) =>
  from && to ? Math.max(0, (to.getTime() - from.getTime()) / 1000) : null;

function group(conversations: Conversation[]): Group {
  const waits = conversations.flatMap((c) => seconds(c.queuedAt, c.firstClaimedAt) ?? []);
  const handling = conversations.flatMap((c) =>
    c.status === "closed" ? (seconds(c.firstClaimedAt, c.closedAt) ?? []) : [],
  );
  const ratings = conversations.flatMap((c) => c.satisfaction ?? []);
  const outcomes: Record<string, number> = {};
  for (const c of conversations) {
    const key = c.status === "closed" ? (c.closeReason ?? "closed") : c.status;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  return {
    conversations: conversations.length,
    claimed: conversations.filter((c) => c.firstClaimedAt).length,
    averageWaitSeconds: average(waits),
    averageHandlingSeconds: average(handling),
    outcomes,
    rated: ratings.length,
    averageSatisfaction: average(ratings),
  };
}

function by(conversations: Conversation[], key: (c: Conversation) => string): Record<string, Group> {
  const buckets = new Map<string, Conversation[]>();
  for (const c of conversations) buckets.set(key(c), [...(buckets.get(key(c)) ?? []), c]);
  return Object.fromEntries(
    [...buckets].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, group(v)]),
  );
}

/** Wait time, handling time, outcome and satisfaction of handed-over conversations, by language and topic. */
export function summarize(conversations: Conversation[]): HandoffReport {
  return {
    total: group(conversations),
    byLanguage: by(conversations, (c) => c.language),
    byTopic: by(conversations, (c) => c.topic ?? "unknown"),
  };
}
