import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getTranslator } from '@/lib/ui/locale';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return {
    title: { default: t('common.appName'), template: `%s · ${t('common.appName')}` },
    description: t('common.tagline'),
    // Nothing about this site should be remembered or indexed on a shared phone.
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
    formatDetection: { telephone: false, email: false, address: false },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#12355b' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await getTranslator();
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
