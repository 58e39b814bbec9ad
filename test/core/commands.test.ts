import { describe, expect, it } from "vitest";
import { commandNamed, parseTypedCommand } from "../../src/core/index.js";

describe("typed commands", () => {
  it("reads the same command words on every channel, with an optional argument", () => {
    expect(parseTypedCommand("/start")).toEqual({ command: "start" });
    expect(parseTypedCommand("  /LANG vi ")).toEqual({ command: "lang", argument: "vi" });
    expect(parseTypedCommand("/menu")).toEqual({ command: "help" });
    expect(parseTypedCommand("/human@dari_bot")).toEqual({ command: "human" });
    expect(commandNamed("Cancel")).toBe("cancel");
  });

  it("leaves other text alone", () => {
    expect(parseTypedCommand("/visa please")).toBeUndefined();
    expect(parseTypedCommand("start")).toBeUndefined();
    expect(parseTypedCommand("what is /lang?")).toBeUndefined();
    expect(commandNamed("visa")).toBeUndefined();
  });
});
