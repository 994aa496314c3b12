/** Header, language switcher and footer of every resident page. Server-rendered, no JavaScript. */
import { headers } from 'next/headers';
import Link from 'next/link';
import { LOCALE_NAMES, type Locale, RESIDENT_LOCALES } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';
import { safeReturnPath } from '@/lib/security/safe-return-path';

export function SiteHeader({ t }: { t: Translate }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">
        {t('common.skipToContent')}
      </a>
      <div className="site-header__bar">
        {/* No prefetch: it costs a phone data and main-thread time on every page (issue 9). */}
        <Link className="site-header__brand" href="/" prefetch={false}>
          {t('common.appName')}
        </Link>
        <a className="quick-exit" href="/exit" title={t('common.quickExitHint')} data-quick-exit>
          {t('common.quickExit')}
        </a>
      </div>
    </header>
  );
}

export async function LanguageSwitcher({ locale, t, locales = RESIDENT_LOCALES }: { locale: Locale; t: Translate; locales?: readonly Locale[] }) {
  const back = safeReturnPath((await headers()).get('x-path'));
  return (
    <nav className="lang-switch" aria-label={t('common.changeLanguage')}>
      <ul>
        {locales.map((code) => (
          <li key={code}>
            <a
              href={`/lang?to=${code}&back=${encodeURIComponent(back)}`}
              lang={code}
              hrefLang={code}
              aria-current={code === locale ? 'true' : undefined}
              rel="nofollow"
            >
              {LOCALE_NAMES[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteFooter({ t }: { t: Translate }) {
  return (
    <footer className="site-footer">
      <p>{t('common.footerPrivacy')}</p>
      <p>
        {/* No prefetch: residents pay for their mobile data, and few will open the statistics. */}
        <Link href="/stats" prefetch={false}>
          {t('stats.footerLink')}
        </Link>
      </p>
    </footer>
  );
}
