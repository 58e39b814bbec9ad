-- CreateTable
CREATE TABLE "Resident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "channelUserId" TEXT NOT NULL,
    "displayName" TEXT,
    "locale" TEXT,
    "localeSource" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "residentId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'bot',
    "priority" TEXT NOT NULL DEFAULT 'normal',
    "language" TEXT NOT NULL,
    "handoffReason" TEXT,
    "assignedCounselorId" TEXT,
    "awaiting" TEXT,
    "clarifyStreak" INTEGER NOT NULL DEFAULT 0,
    "lastEntryId" TEXT,
    "queuedAt" DATETIME,
    "claimedAt" DATETIME,
    "closedAt" DATETIME,
    "closeReason" TEXT,
    "satisfaction" INTEGER,
    "satisfactionComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Conversation_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conversation_assignedCounselorId_fkey" FOREIGN KEY ("assignedCounselorId") REFERENCES "Counselor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "counselorId" TEXT,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "payload" TEXT,
    "language" TEXT,
    "entryId" TEXT,
    "topic" TEXT,
    "confidence" REAL,
    "decision" TEXT,
    "externalId" TEXT,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "delivery" TEXT NOT NULL DEFAULT 'none',
    "deliveryError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "personalCase" BOOLEAN NOT NULL DEFAULT false,
    "sources" TEXT NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "validUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "FaqTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "phrasings" TEXT NOT NULL,
    "keywords" TEXT NOT NULL,
    "reviewed" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FaqTranslation_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "FaqEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FaqRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "counselorId" TEXT,
    "snapshot" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FaqRevision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "FaqEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FaqRevision_counselorId_fkey" FOREIGN KEY ("counselorId") REFERENCES "Counselor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Counselor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'counselor',
    "passwordHash" TEXT,
    "languages" TEXT NOT NULL,
    "maxConcurrent" INTEGER NOT NULL DEFAULT 3,
    "available" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "OutboxItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT,
    "messageId" TEXT,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OutboxItem_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Resident_channel_channelUserId_key" ON "Resident"("channel", "channelUserId");

-- CreateIndex
CREATE INDEX "Conversation_residentId_status_idx" ON "Conversation"("residentId", "status");

-- CreateIndex
CREATE INDEX "Conversation_status_priority_queuedAt_idx" ON "Conversation"("status", "priority", "queuedAt");

-- CreateIndex
CREATE INDEX "Conversation_assignedCounselorId_status_idx" ON "Conversation"("assignedCounselorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Message_externalId_key" ON "Message"("externalId");

-- CreateIndex
CREATE INDEX "Message_conversationId_createdAt_idx" ON "Message"("conversationId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_decision_createdAt_idx" ON "Message"("decision", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FaqEntry_key_key" ON "FaqEntry"("key");

-- CreateIndex
CREATE INDEX "FaqEntry_topic_idx" ON "FaqEntry"("topic");

-- CreateIndex
CREATE INDEX "FaqEntry_status_idx" ON "FaqEntry"("status");

-- CreateIndex
CREATE UNIQUE INDEX "FaqTranslation_entryId_locale_key" ON "FaqTranslation"("entryId", "locale");

-- CreateIndex
CREATE INDEX "FaqRevision_entryId_createdAt_idx" ON "FaqRevision"("entryId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Counselor_email_key" ON "Counselor"("email");

-- CreateIndex
CREATE INDEX "AuditLog_subjectType_subjectId_idx" ON "AuditLog"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "OutboxItem_state_nextAttemptAt_idx" ON "OutboxItem"("state", "nextAttemptAt");

