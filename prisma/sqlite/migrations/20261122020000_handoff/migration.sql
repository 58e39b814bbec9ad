-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "firstClaimedAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "lastResidentAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "offeredToId" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "routeLanguage" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "topic" TEXT;

