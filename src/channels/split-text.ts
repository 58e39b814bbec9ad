// Platforms cap a message's length (Telegram 4096, LINE 5000, Discord 2000). Long answers are cut
// at the last paragraph, line or sentence end that fits, and only mid-word as a last resort.

const BREAKS = [/\n\n/g, /\n/g, /(?<=[.!?。！？])\s+/g, /(?<=[,;、，])\s*/g, /\s+/g];

function lastBreak(text: string, limit: number): number {
  for (const pattern of BREAKS) {
    let cut = -1;
    for (const m of text.matchAll(pattern)) {
      const end = (m.index ?? 0) + m[0].length;
      if (m.index !== undefined && m.index > 0 && m.index <= limit) cut = end;
      if ((m.index ?? 0) > limit) break;
    }
    if (cut > limit / 3) return cut;
  }
  return -1;
}

/** Splits text into pieces of at most `limit` code units, preferring natural boundaries. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = lastBreak(rest, limit);
    if (cut <= 0) {
      cut = limit;
      // Never split a surrogate pair.
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim() || pieces.length === 0) pieces.push(rest.trimEnd());
  return pieces;
}
