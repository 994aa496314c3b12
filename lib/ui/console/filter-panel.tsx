/**
 * A console page's GET filters folded behind one control (a <details>, so it works without
 * JavaScript), and the filters in use shown as chips, each a link to the same page without
 * that filter (decision 0400). The panel opens by itself when a filter was refused.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Translate } from '@/lib/i18n/translate';

export interface FilterChip {
  /** The query parameter this chip stands for. */
  name: string;
  /** What a person reads, e.g. "Status: New". */
  label: string;
}

export function FilterPanel({ t, count, open, children }: { t: Translate; count: number; open?: boolean; children: ReactNode }) {
  return (
    <details className="filter-panel" open={open || undefined} data-testid="filter-panel">
      <summary>{count > 0 ? t('consolePhone.filtersActive', { count }) : t('consolePhone.filters')}</summary>
      {children}
    </details>
  );
}

/** `query`: every parameter of the page now; a chip's link keeps all but its own (and the page cursors). */
export function FilterChips({ t, path, query, chips, drop = [] }: { t: Translate; path: string; query: Record<string, string | undefined>; chips: readonly FilterChip[]; drop?: readonly string[] }) {
  if (chips.length === 0) return null;
  const without = (name: string) => {
    const kept = Object.entries(query).filter(([key, value]) => value && key !== name && !drop.includes(key)) as [string, string][];
    return kept.length ? `${path}?${new URLSearchParams(kept)}` : path;
  };
  return (
    <ul className="filter-chips" aria-label={t('consolePhone.activeFilters')} data-testid="filter-chips">
      {chips.map((chip) => (
        <li key={chip.name}>
          <Link href={without(chip.name)} aria-label={t('consolePhone.removeFilter', { label: chip.label })} prefetch={false}>
            <span>{chip.label}</span>
            <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
