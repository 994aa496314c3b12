import type { Metadata } from 'next';
import Link from 'next/link';
import { homeSearchMetadata } from '@/lib/perf/indexing';
import { getTranslator } from '@/lib/ui/locale';

/** The one page search engines may index (lib/perf/indexing.ts): Khmer and English. */
export function generateMetadata(): Metadata {
  const { title, description } = homeSearchMetadata();
  return { title: { absolute: title }, description, robots: { index: true, follow: false } };
}

export default async function HomePage() {
  const { t } = await getTranslator();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.lead')}</p>
      <Link className="button" href="/report">
        {t('home.reportCta')}
      </Link>
      <Link className="button button--secondary" href="/status">
        {t('common.status')}
      </Link>
      <section className="card card--urgent" aria-labelledby="urgent-title">
        <h2 id="urgent-title">{t('home.urgentTitle')}</h2>
        <p>{t('home.urgentBody')}</p>
      </section>
      <section className="card" aria-labelledby="safety-title">
        <h2 id="safety-title">{t('home.safetyTitle')}</h2>
        <ul>
          <li>{t('home.safety1')}</li>
          <li>{t('home.safety2')}</li>
          <li>{t('home.safety3')}</li>
        </ul>
      </section>
    </>
  );
}
