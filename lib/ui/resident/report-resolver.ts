import type { FieldErrors, Resolver } from 'react-hook-form';
import type { Locale } from '@/lib/i18n/locales';
import type { ClientT } from './client-t';
import { type ReportValues, toTipFields } from './report-values';

/**
 * The server's tip schema, loaded on the first focus into the form rather than with the page:
 * zod is most of the form's JavaScript, and the form works without it (the server validates
 * again with the same schema). In the browser the border check inside it is a bounding box
 * (lib/ui/resident/cambodia-bounds.ts, aliased in next.config.js). The areas' centres come
 * with it (the schema already carries every district).
 */
let schemaModules: Promise<[typeof import('@/lib/tips/schema'), typeof import('@/lib/geo/area-centre')]> | undefined;
export const loadSchema = () => (schemaModules ??= Promise.all([import('@/lib/tips/schema'), import('@/lib/geo/area-centre')]));

/** zod issues -> react-hook-form errors, keyed by the schema's paths, messages translated. */
export function schemaResolver(t: ClientT, language: Locale): Resolver<ReportValues> {
  return async (values) => {
    const [{ tipInputSchema }, { areaCentre }] = await loadSchema();
    const parsed = tipInputSchema.safeParse(toTipFields(values, language, areaCentre));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.') || 'root';
      errors[path] ??= { type: issue.code, message: issue.message.includes('.') && !issue.message.includes(' ') ? t(issue.message) : t('errors.BAD_REQUEST') };
    }
    return { values: {}, errors: errors as unknown as FieldErrors<ReportValues> };
  };
}

export const flatErrors = (errors: FieldErrors<ReportValues>) =>
  Object.fromEntries(Object.entries(errors).flatMap(([key, value]) => (value && typeof value.message === 'string' ? [[key, value.message]] : [])));
