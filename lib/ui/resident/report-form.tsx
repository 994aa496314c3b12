'use client';

/**
 * The report form. Without JavaScript it is a plain multipart form posting to the server
 * action, which re-renders it with every value kept and a message at each field. With
 * JavaScript, react-hook-form validates as you type against the same tip schema as the
 * server, "use my location", the map, photo previews and a draft kept on the device are
 * added, and the proof of work is solved before posting. This file chooses between the form
 * (report-fields.tsx), the receipt and the outbox's waiting notice.
 */
import { useActionState, useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { clientTranslator } from './client-t';
import type { EmergencyNumber } from './emergency-numbers';
import { ReceiptView } from './receipt-view';
import { ReportFields } from './report-fields';
import type { Areas, ReportState } from './report-values';
import { useOutbox } from './use-outbox';

export interface ReportFormProps {
  action: (state: ReportState, form: FormData) => Promise<ReportState>;
  messages: Record<string, string>;
  language: Locale;
  areas: Areas;
  emergency: EmergencyNumber[];
  tileUrl?: string;
  today: string;
}

export function ReportForm(props: ReportFormProps) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const [direct, setDirect] = useState<ReportState>(null);
  const t = useMemo(() => clientTranslator(props.messages, props.language), [props.messages, props.language]);
  const outbox = useOutbox(t);
  const shown = direct ?? state;
  if (shown?.ok) return <ReceiptView receipt={shown.data} t={t} emergency={props.emergency} />;
  if (outbox.receipt) return <ReceiptView receipt={outbox.receipt} t={t} emergency={props.emergency} />;
  // The form's heading goes with the form: the receipt above has its own ("Your tip was sent").
  const heading = (
    <>
      <h1>{t('report.title')}</h1>
      <p>{t('report.lead')}</p>
    </>
  );
  if (outbox.waiting > 0) {
    return (
      <>
        {heading}
        <p className="notice" role="status" data-testid="outbox-waiting">
          {t('outbox.waiting')}
        </p>
      </>
    );
  }
  return (
    <>
      {heading}
      {outbox.notice && <p role="alert">{outbox.notice}</p>}
      <ReportFields {...props} t={t} state={shown} formAction={formAction} pending={pending} onResult={setDirect} keep={outbox.keep} />
    </>
  );
}
