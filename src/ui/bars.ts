// Bar lengths for the counts chart: proportional to the largest count, never thinner than a visible sliver.

export interface Bar {
  key: string;
  count: number;
  /** Length in chart units, 0..width. */
  length: number;
}

export function barLengths(counts: Record<string, number>, order: readonly string[], width: number): Bar[] {
  const keys = [...order.filter((k) => k in counts), ...Object.keys(counts).filter((k) => !order.includes(k)).sort()];
  const max = Math.max(0, ...keys.map((k) => counts[k]));
  return keys.map((key) => {
    const count = counts[key];
    const length = max === 0 || count === 0 ? 0 : Math.max(2, Math.round((count / max) * width));
    return { key, count, length };
  });
}
