import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The shape of ARCHITECTURE.md, enforced: dependencies point inward, folders are entered
// through their index.ts, Prisma stays in db/, and only config.ts reads the environment.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path.startsWith(join("src", "db", "generated"))) return [];
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const sources = files("src").map((path) => ({
  path: relative("src", path).replaceAll("\\", "/"),
  text: readFileSync(path, "utf8"),
}));

function imports(text: string): string[] {
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
}

/** Top-level folder of a src-relative path ("core", "db", …) or the file itself at the top. */
function area(path: string): string {
  return path.includes("/") ? (path.split("/")[0] as string) : path;
}

function resolveArea(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = from.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") base.pop();
    else if (part !== ".") base.push(part);
  }
  return base.join("/");
}

const violations = (
  rule: (file: { path: string; text: string }, specifier: string, target?: string) => string | undefined,
) =>
  sources.flatMap((file) =>
    imports(file.text).flatMap((spec) => {
      const why = rule(file, spec, resolveArea(file.path, spec));
      return why ? [`${file.path} imports "${spec}": ${why}`] : [];
    }),
  );

describe("architecture", () => {
  it("finds the source files it checks", () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.some((s) => s.path === "core/engine.ts")).toBe(true);
  });

  it("core imports nothing of ours outside core, and no packages", () => {
    expect(
      violations(({ path }, spec, target) => {
        if (area(path) !== "core") return undefined;
        if (!spec.startsWith(".")) return "core imports no packages";
        return target && area(target) !== "core" ? "core imports nothing outside core" : undefined;
      }),
    ).toEqual([]);
  });

  it("knowledge, handoff and i18n depend only on core (and their own packages)", () => {
    expect(
      violations(({ path }, _spec, target) => {
        if (!["knowledge", "handoff", "i18n"].includes(area(path)) || !target) return undefined;
        const to = area(target);
        return to === area(path) || to === "core" ? undefined : `${area(path)} must not depend on ${to}`;
      }),
    ).toEqual([]);
  });

  it("channels never import db/, web/ or another channel", () => {
    expect(
      violations(({ path }, _spec, target) => {
        if (area(path) !== "channels" || !target) return undefined;
        if (["db", "web"].includes(area(target))) return "channels only translate; no database or HTTP edge";
        // channels/index.ts is the registry's front door; a channel's own folder is channels/<name>/.
        const inChannelFolder = path.split("/").length > 2;
        const mine = path.split("/")[1];
        const theirs = target.split("/")[1];
        if (
          inChannelFolder &&
          area(target) === "channels" &&
          target.split("/").length > 2 &&
          mine !== theirs
        ) {
          return "one channel never imports another";
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it("only db/ imports Prisma", () => {
    expect(
      violations(({ path }, spec) =>
        area(path) !== "db" && (spec.startsWith("@prisma/") || spec.includes("generated/"))
          ? "Prisma lives in db/"
          : undefined,
      ),
    ).toEqual([]);
  });

  it("other folders are entered only through their index.ts", () => {
    expect(
      violations(({ path }, _spec, target) => {
        if (!target?.includes("/")) return undefined;
        const to = area(target);
        if (to === area(path) || !target.endsWith(".js")) return undefined;
        const inside = target.split("/").slice(1).join("/");
        const isFrontDoor = inside === "index.js" || /^[^/]+\/index\.js$/.test(inside);
        return isFrontDoor ? undefined : `deep import into ${to}/; use its index.ts`;
      }),
    ).toEqual([]);
  });

  it("only config.ts reads process.env", () => {
    const readers = sources
      .filter((s) => s.path !== "config.ts" && /process\.env\b/.test(s.text))
      .map((s) => s.path);
    expect(readers).toEqual([]);
  });
});
