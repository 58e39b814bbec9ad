// The wait a resident is told: the median of recent waits, scaled by their place in line and
// spread over the counselors on duty. Without history it says "shortly" (null).
const MAX_MINUTES = 240;

export function estimateWaitMinutes(
  recentWaitSeconds: number[],
  position: number,
  countersOpen: number,
): number | null {
  if (recentWaitSeconds.length === 0) return null;
  const sorted = [...recentWaitSeconds].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const perPlace = median / Math.max(1, countersOpen);
  const minutes = Math.ceil((perPlace * Math.max(1, position)) / 60);
  return Math.min(MAX_MINUTES, Math.max(1, minutes));
}
