-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "firstClaimedAt" TIMESTAMP(3),
ADD COLUMN     "lastResidentAt" TIMESTAMP(3),
ADD COLUMN     "offeredToId" TEXT,
ADD COLUMN     "routeLanguage" TEXT,
ADD COLUMN     "topic" TEXT;

