import type { Metadata } from 'next';
import Link from 'next/link';
import { ConsoleMenu } from '@/lib/ui/console/console-menu';
import type { ReactNode } from 'react';
import { CONSOLE_PAGES } from '@/lib/auth/console-pages';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';
import { STAFF_LOCALES } from '@/lib/i18n/locales';
import { SignOutButton } from '@/lib/ui/console/sign-out-button';
import { getTranslator } from '@/lib/ui/locale';
import { LanguageSwitcher } from '@/lib/ui/site-chrome';

export const metadata: Metadata = { title: { default: 'Console', template: '%s · Console' } };

/** Console chrome. Access is decided by each page and action (requireActor), not here. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), getActor()]);
  const menu = actor ? CONSOLE_PAGES.filter((page) => page.nav && (page.permission === null || can(actor, page.permission))) : [];
  return (
    <div className="console">
      <header className="site-header console-header">
        <div className="site-header__bar">
          <Link className="site-header__brand" href="/console">
            {t('console.title')}
          </Link>
          {menu.length > 0 && <ConsoleMenu label={t('console.title')} menu={t('consolePhone.menu')} items={menu.map((page) => ({ href: page.route, label: t(page.nav!) }))} />}
          {actor && <SignOutButton label={t('console.signOut')} />}
        </div>
      </header>
      <LanguageSwitcher locale={locale} t={t} locales={STAFF_LOCALES} />
      <main id="content" className="console-main">
        {children}
      </main>
    </div>
  );
}
