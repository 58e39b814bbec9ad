import { createDb, MemoryConversationStore, migrate, PrismaConversationStore } from "../../src/db/index.js";
import { conversationStoreContract } from "../contracts/conversation-store.contract.js";
import { createThrowawayDatabase, postgresAvailable } from "../support/postgres.js";
import { tempDir } from "../support/temp-dir.js";

conversationStoreContract("memory", async () => ({
  store: new MemoryConversationStore(),
  close: async () => {},
}));

conversationStoreContract("SQLite", async () => {
  const dir = tempDir();
  const database = { provider: "sqlite", url: `file:${dir.path}/contract.db` } as const;
  await migrate(database);
  const db = createDb(database);
  return {
    store: new PrismaConversationStore(db),
    close: async () => {
      await db.$disconnect();
      dir.remove();
    },
  };
});

const pgUp = await postgresAvailable();
conversationStoreContract(
  "PostgreSQL",
  async () => {
    const throwaway = await createThrowawayDatabase();
    const database = { provider: "postgresql", url: throwaway.url } as const;
    await migrate(database);
    const db = createDb(database);
    return {
      store: new PrismaConversationStore(db),
      close: async () => {
        await db.$disconnect();
        await throwaway.drop();
      },
    };
  },
  !pgUp,
);
