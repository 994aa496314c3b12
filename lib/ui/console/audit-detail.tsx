/**
 * An audit event's stored detail as lines a supervisor reads ("to: PAID"), not JSON: one line
 * per key, lists joined with commas, nested objects as "key: value" pairs inside.
 */
function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).map(([key, inner]) => `${key}: ${plain(inner)}`).join(', ');
  return String(value);
}

export function AuditDetail({ detail }: { detail: unknown }) {
  if (detail === null || detail === undefined) return null;
  if (typeof detail !== 'object' || Array.isArray(detail)) return <span className="wrap-anywhere">{plain(detail)}</span>;
  const entries = Object.entries(detail as Record<string, unknown>);
  if (entries.length === 0) return null;
  return (
    <ul className="audit-detail wrap-anywhere">
      {entries.map(([key, value]) => (
        <li key={key}>
          {key}: {plain(value)}
        </li>
      ))}
    </ul>
  );
}
