// A small chart of counts: each row is a label, an inline SVG bar (decorative) and the number itself.
import type { Bar } from './bars.js';

export const BAR_WIDTH = 160;

export function BarChart({ bars, label, name }: { bars: Bar[]; label: string; name: (key: string) => string }) {
  return (
    <ul class="bars" aria-label={label}>
      {bars.map((b) => (
        <li key={b.key} data-check={b.key}>
          <span class="bar-name">{name(b.key)}</span>
          <svg class="bar" width={BAR_WIDTH} height="14" viewBox={`0 0 ${BAR_WIDTH} 14`} aria-hidden="true" focusable="false">
            <rect x="0" y="0" width={BAR_WIDTH} height="14" rx="3" class="bar-track" />
            <rect x="0" y="0" width={b.length} height="14" rx="3" class="bar-fill" />
          </svg>
          <span class="bar-count">{b.count}</span>
        </li>
      ))}
    </ul>
  );
}
