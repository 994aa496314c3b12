/** Line chart as server-rendered SVG (budget burn, cumulative figures). A null value breaks the line. */
import styles from './charts.module.css';
import { Legend } from './legend';
import { axisTicks, labelWidth, scaleLength, seriesColour } from './scale';
import type { ChartProps } from './types';

export function LineChart(props: ChartProps) {
  const WIDTH = props.width ?? 640;
  const left = 72;
  const right = 24;
  const top = 12;
  const plotHeight = 200;
  const plotWidth = WIDTH - left - right;
  const slot = plotWidth / Math.max(1, props.labels.length - 1);
  const widest = Math.max(0, ...props.labels.map(labelWidth));
  const slanted = widest > slot - 4;
  const bottom = slanted ? Math.ceil(widest * 0.7) + 16 : 28;
  const HEIGHT = top + plotHeight + bottom;
  const max = Math.max(0, ...props.series.flatMap((entry) => entry.values.filter((value): value is number => value !== null)));
  const axis = axisTicks(max);
  const step = props.labels.length > 1 ? plotWidth / (props.labels.length - 1) : 0;
  const x = (index: number) => left + (props.labels.length > 1 ? index * step : plotWidth / 2);
  const y = (value: number) => top + plotHeight - scaleLength(value, axis.top, plotHeight);
  return (
    <>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`} focusable="false">
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.description}</desc>
        {axis.ticks.map((tick) => (
          <g key={tick}>
            <line className={styles.grid} x1={left} x2={WIDTH - right} y1={y(tick)} y2={y(tick)} />
            <text className={styles.axisText} x={left - 6} y={y(tick) + 4} textAnchor="end">
              {props.formatValue(tick)}
            </text>
          </g>
        ))}
        {props.labels.map((label, index) => (
          <text
            key={`${label}-${index}`}
            className={styles.axisText}
            x={x(index)}
            y={top + plotHeight + 16}
            textAnchor={slanted ? 'end' : 'middle'}
            transform={slanted ? `rotate(-45 ${x(index)} ${top + plotHeight + 10})` : undefined}
          >
            {label}
          </text>
        ))}
        {props.series.map((entry, seriesIndex) => (
          <g key={entry.name}>
            <path d={linePath(entry.values, x, y)} fill="none" stroke={seriesColour(seriesIndex)} strokeWidth={2} />
            {entry.values.map((value, index) => (value === null ? null : <circle key={index} cx={x(index)} cy={y(value)} r={2.5} fill={seriesColour(seriesIndex)} />))}
          </g>
        ))}
      </svg>
      <Legend series={props.series} />
    </>
  );
}

/** SVG path through the points, lifting the pen over nulls. */
export function linePath(values: readonly (number | null)[], x: (index: number) => number, y: (value: number) => number): string {
  let drawing = false;
  const parts: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    parts.push(`${drawing ? 'L' : 'M'}${x(index)} ${y(value)}`);
    drawing = true;
  });
  return parts.join(' ');
}
