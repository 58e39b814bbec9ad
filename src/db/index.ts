export { createDb, type DatabaseConfig, type Db, ping } from "./client.js";
export { MemoryConversationStore } from "./memory-conversation-store.js";
export { MemoryHandoffStore, MemoryOutboxStore } from "./memory-handoff-store.js";
export { listMigrations, MigrationError, migrate } from "./migrate.js";
export { PrismaConversationStore } from "./prisma-conversation-store.js";
export { PrismaFaqRepository } from "./prisma-faq-repository.js";
export { PrismaHandoffStore } from "./prisma-handoff-store.js";
export { PrismaOutboxStore } from "./prisma-outbox-store.js";
