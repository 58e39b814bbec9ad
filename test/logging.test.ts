import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger, maskPersonalNumbers } from "../src/logging.js";
import { tempDir } from "./support/temp-dir.js";

describe("personal numbers in logs", () => {
  it("masks residence-card, passport and phone numbers", () => {
    expect(maskPersonalNumbers("my card 900101-5123456 lost")).toBe("my card ######-####### lost");
    expect(maskPersonalNumbers("passport M12345678")).toBe("passport [passport]");
    expect(maskPersonalNumbers("call 010-1234-5678 or +82 10 1234 5678")).toBe("call [phone] or [phone]");
    expect(maskPersonalNumbers("E-7 visa needs 31.12 million won, call 1345")).toBe(
      "E-7 visa needs 31.12 million won, call 1345",
    );
  });

  it("masks them in every line the logger writes", () => {
    const dir = tempDir();
    const file = join(dir.path, "log.jsonl");
    const logger = createLogger({ level: "info", destination: file });
    logger.info(
      { text: "내 외국인등록번호 900101-5123456", nested: { phone: "01012345678" } },
      "resident wrote 010-9876-5432",
    );
    logger.flush();
    const line = readFileSync(file, "utf8");
    dir.remove();
    expect(line).not.toMatch(/5123456|12345678|9876/);
    expect(line).toContain("######-#######");
    expect(line).toContain("[phone]");
  });
});
