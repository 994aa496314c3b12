/** Line chart as server-rendered SVG (budget burn, cumulative figures). A null value breaks the line. */
import styles from './charts.module.css';
import { Legend } from './legend';
import { axisTicks, scaleLength, seriesColour } from './scale';
import type { ChartProps } from './types';

const WIDTH = 640;
const HEIGHT = 240;

export function LineChart(props: ChartProps) {
  const left = 72;
  const right = 12;
  const top = 12;
  const bottom = 40;
  const plotHeight = HEIGHT - top - bottom;
  const plotWidth = WIDTH - left - right;
  const max = Math.max(0, ...props.series.flatMap((entry) => entry.values.filter((value): value is number => value !== null)));
  const axis = axisTicks(max);
  const step = props.labels.length > 1 ? plotWidth / (props.labels.length - 1) : 0;
  const x = (index: number) => left + (props.labels.length > 1 ? index * step : plotWidth / 2);
  const y = (value: number) => top + plotHeight - scaleLength(value, axis.top, plotHeight);
  const labelEvery = props.labels.length > 14 ? 2 : 1;
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
        {props.labels.map((label, index) =>
          index % labelEvery === 0 ? (
            <text key={`${label}-${index}`} className={styles.axisText} x={x(index)} y={HEIGHT - bottom + 16} textAnchor="middle">
              {label}
            </text>
          ) : null,
        )}
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
