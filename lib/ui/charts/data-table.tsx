/** The accessible alternative of a chart: the same figures as a plain table. */
import styles from './charts.module.css';

export interface DataRow {
  header: string;
  cells: string[];
}

export function DataTable(props: { caption: string; rowHeader: string; columns: string[]; rows: DataRow[]; footer?: DataRow; testId?: string }) {
  return (
    // Focusable so a keyboard can scroll a table wider than a phone; named by its caption.
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={props.caption}>
      <table className={styles.table} data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.rowHeader}</th>
            {props.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, index) => (
            <tr key={`${row.header}-${index}`}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, cellIndex) => (
                <td key={cellIndex}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {props.footer && (
          <tfoot>
            <tr>
              <th scope="row">{props.footer.header}</th>
              {props.footer.cells.map((cell, cellIndex) => (
                <td key={cellIndex}>{cell}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** A chart with its title and its table. */
export function ChartFigure({ title, chart, table }: { title: string; chart: React.ReactNode; table: React.ReactNode }) {
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      {chart}
      {table}
    </figure>
  );
}
