import styles from './charts.module.css';
import { seriesColour } from './scale';
import type { ChartSeries } from './types';

/** Names the colours; hidden from screen readers, which get the data table instead. */
export function Legend({ series }: { series: ChartSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul className={styles.legend} aria-hidden="true">
      {series.map((entry, index) => (
        <li key={entry.name}>
          <svg width="12" height="12" viewBox="0 0 12 12" focusable="false">
            <rect width="12" height="12" rx="2" fill={seriesColour(index)} />
          </svg>
          {entry.name}
        </li>
      ))}
    </ul>
  );
}
