'use client';
/**
 * The console's navigation in one line (decision 0400): a <details> menu, so it opens without
 * JavaScript. On wide screens CSS shows the links inline (::details-content). With JavaScript
 * the menu closes after a page change, since the layout (and this element) stays mounted.
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

export interface MenuItem {
  href: string;
  label: string;
}

export function ConsoleMenu({ label, menu, items }: { label: string; menu: string; items: readonly MenuItem[] }) {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);
  const current = items.filter((item) => item.href === '/console' ? pathname === '/console' : pathname === item.href || pathname.startsWith(`${item.href}/`)).at(-1)?.href;
  return (
    <nav className="console-nav" aria-label={label}>
      <details className="console-menu" ref={details} data-testid="console-menu">
        <summary>{menu}</summary>
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
