import { requirePageActor } from '@/lib/auth/session';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { getTranslator } from '@/lib/ui/locale';
import { changeOwnPasswordAction } from './actions';

type Query = Record<string, string | string[] | undefined>;

const FIELDS = [
  { name: 'currentPassword', label: 'console.passwordCurrent', autoComplete: 'current-password', minLength: 1 },
  { name: 'newPassword', label: 'console.passwordNew', autoComplete: 'new-password', minLength: 12 },
  { name: 'confirmPassword', label: 'console.passwordConfirm', autoComplete: 'new-password', minLength: 12 },
] as const;

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requirePageActor('/console/password');
  const [{ locale, t }, query] = await Promise.all([getTranslator(), searchParams]);
  const outcome = readOutcome(query, locale);
  return (
    <>
      <h1>{t('console.passwordTitle')}</h1>
      {outcome.notice && (
        <p className="notice" role="status">
          {outcome.notice.text}
        </p>
      )}
      <p>{t('console.passwordLead')}</p>
      <ActionError message={outcome.error} />
      {/* Passwords never come back in the address (isSecretField): a refused form is empty again. */}
      <form action={changeOwnPasswordAction}>
        {FIELDS.map((field) => {
          const error = outcome.fields[field.name];
          return (
            <div className="form-field" key={field.name}>
              <label htmlFor={field.name}>{t(field.label)}</label>
              <input
                id={field.name}
                name={field.name}
                type="password"
                required
                minLength={field.minLength}
                maxLength={200}
                autoComplete={field.autoComplete}
                {...(error ? { 'aria-describedby': `${field.name}-error`, 'aria-invalid': true } : {})}
              />
              {error && (
                <span className="form-field__error" id={`${field.name}-error`}>
                  {error}
                </span>
              )}
            </div>
          );
        })}
        <button className="button" type="submit">
          {t('console.passwordSave')}
        </button>
      </form>
    </>
  );
}
