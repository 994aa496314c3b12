export interface ChartSeries {
  name: string;
  /** null: not shown (suppressed or unknown); drawn as no bar or a gap. */
  values: (number | null)[];
  /** Printed where a value is null (e.g. "fewer than 5"), in single-series horizontal charts. */
  notes?: (string | null)[];
}

export interface ChartProps {
  /** Unique on the page: prefixes the title and description ids. */
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows; read by screen readers. */
  description: string;
  labels: string[];
  series: ChartSeries[];
  formatValue: (value: number) => string;
  /** Width of the drawing in SVG units: about the CSS pixels it is meant for (text is 12 units). */
  width?: number;
}
