'use server';

import { runAction } from '@/lib/http/action';
import { submitTip } from '@/lib/tips/submit-tip';
import { areaCentre } from '@/lib/geo/area-centre';
import { MAX_PHOTOS, readReportForm, type ReportState, toTipFields } from '@/lib/ui/resident/report-values';
import { getLocale } from '@/lib/ui/locale';
import { formFiles, formTextOrNull } from '@/lib/http/form';
import { isUrgentTip } from '@/lib/tips/categories';

export async function submitReportAction(_previous: ReportState, form: FormData): Promise<ReportState> {
  const locale = await getLocale();
  const values = readReportForm(form);
  const pow = formTextOrNull(form, 'pow');
  const result = await runAction('submitReport', locale, async () => {
    const fields = toTipFields(values, locale, areaCentre);
    // A post without the solution field came from a browser without JavaScript: accepted,
    // and marked for officers as sent without proof of work.
    const receipt = await submitTip({ fields, photos: await formFiles(form, 'photos', MAX_PHOTOS + 1), pow, requirePow: pow !== null });
    return { code: receipt.code, passphrase: receipt.passphrase, urgent: isUrgentTip(values) };
  }, { resident: true });
  return result.ok ? result : { ...result, values };
}
