import type { Metadata } from 'next';
import { env } from '@/lib/env';
import { RESIDENT_ENUMS } from '@/lib/i18n/enums';
import { enumMessages, messagesFor } from '@/lib/i18n/translate';
import { areasFor } from '@/lib/ui/resident/areas';
import { emergencyNumbers } from '@/lib/ui/resident/emergency-numbers';
import { cambodiaDay } from '@/lib/i18n/format';
import { ReportForm } from '@/lib/ui/resident/report-form';
import { getTranslator } from '@/lib/ui/locale';
import { submitReportAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('report.title') };
}

export default async function ReportPage() {
  const { locale } = await getTranslator();
  return (
    <>
      {/* The form's heading is inside ReportForm: the receipt replaces it. */}
      <ReportForm
        action={submitReportAction}
        messages={{ ...messagesFor(locale, ['report', 'errors', 'outbox']), ...enumMessages(locale, RESIDENT_ENUMS) }}
        language={locale}
        areas={areasFor(locale)}
        emergency={emergencyNumbers()}
        tileUrl={env().MAP_TILE_URL}
        // The date input's upper bound is today in Cambodia, not on the server's clock.
        today={cambodiaDay(new Date())}
      />
    </>
  );
}
