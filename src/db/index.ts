export { createDb, type DatabaseConfig, type Db, ping } from "./client.js";
export { MemoryConversationStore } from "./memory-conversation-store.js";
export { listMigrations, MigrationError, migrate } from "./migrate.js";
export { PrismaConversationStore } from "./prisma-conversation-store.js";
export { PrismaFaqRepository } from "./prisma-faq-repository.js";
