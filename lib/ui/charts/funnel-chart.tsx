/** Funnel (tip -> case -> raid -> reward) as server-rendered SVG: centred bars, each with its share of the first step. */
import styles from './charts.module.css';
import { percentOf, scaleLength, seriesColour } from './scale';

export interface FunnelStep {
  label: string;
  value: number;
}

export function FunnelChart(props: { id: string; title: string; description: string; steps: FunnelStep[]; formatValue: (value: number) => string; formatPercent: (percent: number) => string }) {
  const width = 640;
  const rowHeight = 44;
  const height = rowHeight * props.steps.length + 8;
  const first = props.steps[0]?.value ?? 0;
  const top = Math.max(1, ...props.steps.map((step) => step.value));
  const maxWidth = width - 40;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`} focusable="false">
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {props.steps.map((step, index) => {
        const barWidth = Math.max(2, scaleLength(step.value, top, maxWidth));
        const y = 4 + index * rowHeight;
        const share = percentOf(step.value, first);
        return (
          <g key={step.label}>
            <rect x={(width - barWidth) / 2} y={y} width={barWidth} height={rowHeight - 18} rx={4} fill={seriesColour(0)} opacity={1 - index * 0.15} />
            <text className={styles.valueText} x={width / 2} y={y + rowHeight - 6} textAnchor="middle">
              {`${step.label}: ${props.formatValue(step.value)}${index > 0 && share !== null ? ` (${props.formatPercent(share)})` : ''}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
