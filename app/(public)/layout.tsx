import type { ReactNode } from 'react';
import { getTranslator } from '@/lib/ui/locale';
import { QuickExit } from '@/lib/ui/resident/quick-exit';
import { LanguageSwitcher, SiteFooter, SiteHeader } from '@/lib/ui/site-chrome';

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslator();
  return (
    <>
      <SiteHeader t={t} />
      <LanguageSwitcher locale={locale} t={t} />
      <main id="content">{children}</main>
      <SiteFooter t={t} />
      <QuickExit />
    </>
  );
}
