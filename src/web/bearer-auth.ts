import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Compares an Authorization header with the configured token in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(.+)$/i.exec(header ?? "")?.[1] ?? "";
  // Hashing first gives equal-length buffers, so the comparison time says nothing about the token.
  return timingSafeEqual(digest(presented), digest(token)) && presented.length > 0;
}
