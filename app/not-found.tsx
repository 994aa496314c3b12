import Link from 'next/link';
import { getTranslator } from '@/lib/ui/locale';

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main id="content">
      <h1>{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFoundBody')}</p>
      <Link className="button" href="/">
        {t('common.home')}
      </Link>
    </main>
  );
}
