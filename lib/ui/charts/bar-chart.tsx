/**
 * Bar chart as server-rendered SVG: no JavaScript, no request anywhere. Vertical bars for
 * time, horizontal bars for long category names (provinces). Several series are grouped.
 */
import styles from './charts.module.css';
import { Legend } from './legend';
import { axisTicks, labelWidth, scaleLength, seriesColour } from './scale';
import type { ChartProps } from './types';

const DEFAULT_WIDTH = 640;

export function BarChart(props: ChartProps & { orientation?: 'vertical' | 'horizontal' }) {
  return props.orientation === 'horizontal' ? <HorizontalBars {...props} /> : <VerticalBars {...props} />;
}

function maxOf(props: ChartProps): number {
  return Math.max(0, ...props.series.flatMap((entry) => entry.values.filter((value): value is number => value !== null)));
}

function Frame({ props, height, children }: { props: ChartProps; height: number; children: React.ReactNode }) {
  return (
    <>
      <svg className={styles.svg} viewBox={`0 0 ${props.width ?? DEFAULT_WIDTH} ${height}`} role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`} focusable="false">
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.description}</desc>
        {children}
      </svg>
      <Legend series={props.series} />
    </>
  );
}

function VerticalBars(props: ChartProps) {
  const WIDTH = props.width ?? DEFAULT_WIDTH;
  const left = 48;
  const right = 8;
  const top = 12;
  const plotWidth = WIDTH - left - right;
  const slot = plotWidth / Math.max(1, props.labels.length);
  // Labels wider than their slot are slanted, and the chart grows to make room for them.
  const widest = Math.max(0, ...props.labels.map(labelWidth));
  const slanted = widest > slot - 4;
  const bottom = slanted ? Math.ceil(widest * 0.7) + 16 : 28;
  const plotHeight = 200;
  const height = top + plotHeight + bottom;
  const axis = axisTicks(maxOf(props));
  const barWidth = Math.max(2, (slot * 0.75) / Math.max(1, props.series.length));
  return (
    <Frame props={props} height={height}>
      {axis.ticks.map((tick) => {
        const y = top + plotHeight - scaleLength(tick, axis.top, plotHeight);
        return (
          <g key={tick}>
            <line className={styles.grid} x1={left} x2={WIDTH - right} y1={y} y2={y} />
            <text className={styles.axisText} x={left - 6} y={y + 4} textAnchor="end">
              {props.formatValue(tick)}
            </text>
          </g>
        );
      })}
      {props.labels.map((label, index) => {
        const x0 = left + index * slot + slot * 0.125;
        const labelX = left + index * slot + slot / 2;
        const labelY = top + plotHeight + 16;
        return (
          <g key={`${label}-${index}`}>
            {props.series.map((entry, seriesIndex) => {
              const value = entry.values[index];
              if (value === null || value === undefined) return null;
              const barHeight = scaleLength(value, axis.top, plotHeight);
              return <rect key={entry.name} x={x0 + seriesIndex * barWidth} y={top + plotHeight - barHeight} width={barWidth - 1} height={barHeight} fill={seriesColour(seriesIndex)} />;
            })}
            <text
              className={styles.axisText}
              x={labelX}
              y={labelY}
              textAnchor={slanted ? 'end' : 'middle'}
              transform={slanted ? `rotate(-45 ${labelX} ${labelY - 6})` : undefined}
            >
              {label}
            </text>
          </g>
        );
      })}
      <line stroke="#4a5568" x1={left} x2={WIDTH - right} y1={top + plotHeight} y2={top + plotHeight} />
    </Frame>
  );
}

function HorizontalBars(props: ChartProps) {
  const WIDTH = props.width ?? DEFAULT_WIDTH;
  const rowHeight = 20 + 6 * Math.max(0, props.series.length - 1);
  const left = Math.min(160, Math.max(60, ...props.labels.map(labelWidth)) + 10);
  const right = 64;
  const top = 8;
  const height = top * 2 + rowHeight * props.labels.length;
  const plotWidth = WIDTH - left - right;
  const axis = axisTicks(maxOf(props));
  const barHeight = Math.max(4, (rowHeight - 6) / Math.max(1, props.series.length));
  return (
    <Frame props={props} height={height}>
      {props.labels.map((label, index) => {
        const y0 = top + index * rowHeight;
        return (
          <g key={`${label}-${index}`}>
            <text className={styles.axisText} x={left - 6} y={y0 + rowHeight / 2 + 4} textAnchor="end">
              {label}
            </text>
            {props.series.map((entry, seriesIndex) => {
              const value = entry.values[index];
              const y = y0 + 3 + seriesIndex * barHeight;
              if (value === null || value === undefined) {
                const text = props.series.length === 1 ? entry.notes?.[index] : null;
                return text ? (
                  <text key={entry.name} className={styles.axisText} x={left + 4} y={y + barHeight / 2 + 3}>
                    {text}
                  </text>
                ) : null;
              }
              const length = scaleLength(value, axis.top, plotWidth);
              return (
                <g key={entry.name}>
                  <rect x={left} y={y} width={length} height={barHeight - 1} fill={seriesColour(seriesIndex)} />
                  {props.series.length === 1 && (
                    <text className={styles.valueText} x={left + length + 4} y={y + barHeight / 2 + 3}>
                      {props.formatValue(value)}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      <line stroke="#4a5568" x1={left} x2={left} y1={top} y2={height - top} />
    </Frame>
  );
}
