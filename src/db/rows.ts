import type {
  Awaiting,
  Conversation,
  ConversationStatus,
  DeliveryState,
  HandoffReason,
  Locale,
  LocaleSource,
  MessageRecord,
  Priority,
  Resident,
} from "../core/index.js";
import type {
  Conversation as ConversationRow,
  Message as MessageRow,
  Resident as ResidentRow,
} from "./generated/sqlite/client.js";

// Rows keep enums and JSON as text (one model for both providers); these map them to core types.

export function toResident(row: ResidentRow): Resident {
  return {
    id: row.id,
    channel: row.channel,
    channelUserId: row.channelUserId,
    displayName: row.displayName,
    locale: row.locale as Locale | null,
    localeSource: row.localeSource as LocaleSource | null,
  };
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    residentId: row.residentId,
    status: row.status as ConversationStatus,
    priority: row.priority as Priority,
    language: row.language as Locale,
    handoffReason: row.handoffReason as HandoffReason | null,
    assignedCounselorId: row.assignedCounselorId,
    awaiting: row.awaiting as Awaiting | null,
    clarifyStreak: row.clarifyStreak,
    lastEntryId: row.lastEntryId,
    topic: row.topic,
    routeLanguage: row.routeLanguage as Locale | null,
    offeredToId: row.offeredToId,
    lastResidentAt: row.lastResidentAt,
    queuedAt: row.queuedAt,
    firstClaimedAt: row.firstClaimedAt,
    claimedAt: row.claimedAt,
    closedAt: row.closedAt,
    closeReason: row.closeReason,
    satisfaction: row.satisfaction,
    satisfactionComment: row.satisfactionComment,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toMessage(row: MessageRow): MessageRecord {
  return {
    id: row.id,
    conversationId: row.conversationId,
    direction: row.direction as MessageRecord["direction"],
    author: row.author as MessageRecord["author"],
    counselorId: row.counselorId,
    kind: row.kind,
    text: row.text,
    payload: row.payload === null ? null : (JSON.parse(row.payload) as unknown),
    language: row.language as Locale | null,
    entryId: row.entryId,
    topic: row.topic,
    confidence: row.confidence,
    decision: row.decision,
    externalId: row.externalId,
    internal: row.internal,
    delivery: row.delivery as DeliveryState,
    deliveryError: row.deliveryError,
    createdAt: row.createdAt,
  };
}
