import { describe, expect, it } from "vitest";
import { BOT_TOKEN, startTelegramFake, updates } from "../fakes/telegram.js";
import { appHarness } from "../support/app-harness.js";
import { tempDir } from "../support/temp-dir.js";
import { waitFor } from "../support/wait-for.js";

describe("Telegram long polling against the emulator's getUpdates", () => {
  it("answers polled updates once and confirms them with increasing offsets", async () => {
    const dir = tempDir();
    const fake = await startTelegramFake();
    const app = await appHarness(`file:${dir.path}/polling.db`, undefined, {
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_MODE: "polling",
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_THROTTLE: "false",
    });
    try {
      expect(app.dari.channels[0]?.webhooks).toEqual([]);
      fake.push(updates.text(8101, "What is the minimum wage in 2026?", "en"));
      await waitFor(() => fake.sent(8101).some((m) => /10[.,]320/.test(m.text)), "polled answer");
      fake.push(updates.text(8101, "thank you!", "en"));
      await waitFor(() => fake.sent(8101).length >= 3, "second answer");
      const offsets = fake.calls
        .filter((c) => c.path.endsWith("/getUpdates"))
        .map((c) => Number((c.body as { offset?: number }).offset ?? 0));
      expect(offsets.length).toBeGreaterThanOrEqual(2);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.sent(8101).filter((m) => /10[.,]320/.test(m.text))).toHaveLength(1);
    } finally {
      await app.close();
      await fake.close();
      dir.remove();
    }
  });
});
