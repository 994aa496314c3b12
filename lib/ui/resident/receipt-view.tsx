'use client';

/**
 * The receipt, shown once in the action's answer (never at a URL of its own). Copy needs
 * JavaScript; "save as a text file" is a data: link with `download`, which works without it
 * (the CSP governs what a page loads, not what a link downloads). Leaving needs the
 * "I have saved" box ticked: the browser's own required-check does that without JavaScript.
 */
import { useEffect, useState } from 'react';
import type { ClientT } from './client-t';
import { EmergencyBox } from './emergency-box';
import type { EmergencyNumber } from './emergency-numbers';
import { DRAFT_KEY, type ReportReceipt } from './report-values';
import styles from './resident.module.css';
import { GroupedCode } from './grouped-code';
import { useEnhanced } from './use-enhanced';

/** The "save as a text file" receipt: both secrets and where to use them. */
function receiptFileText(t: ClientT, receipt: Pick<ReportReceipt, 'code' | 'passphrase'>, statusAddress: string): string {
  return [
    t('report.fileHeading'),
    '',
    t('report.labelValue', { label: t('report.tipCode'), value: receipt.code }),
    t('report.labelValue', { label: t('report.passphrase'), value: receipt.passphrase }),
    '',
    t('report.fileFooter', { address: statusAddress }),
    '',
  ].join('\r\n');
}

export function ReceiptView({ receipt, t, emergency }: { receipt: ReportReceipt; t: ClientT; emergency: EmergencyNumber[] }) {
  // False in the server's HTML, true once hydrated: the buttons need JavaScript.
  const enhanced = useEnhanced();
  const [copied, setCopied] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    // Nothing about the tip stays in this browser once it is sent.
    localStorage.removeItem(DRAFT_KEY);
    sessionStorage.clear();
    document.getElementById('receipt-title')?.focus();
    // The page may go into the back/forward cache (decision 0302): empty it as it leaves, and
    // load a fresh form if it is ever brought back, so "back" never shows the passphrase again.
    const onPageHide = (event: PageTransitionEvent) => {
      if (event.persisted) document.body.replaceChildren();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) location.replace('/report');
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);

  // The saved file outlives this tab: it names the whole address, not just "/status".
  const fileText = receiptFileText(t, receipt, enhanced ? new URL('/status', location.origin).href : '/status');
  const copy = async (label: string, value: string) => {
    await navigator.clipboard.writeText(value);
    setCopied(label);
  };

  return (
    <section aria-labelledby="receipt-title">
      <h1 id="receipt-title" tabIndex={-1}>
        {t('report.receiptTitle')}
      </h1>
      <p>{t('report.receiptLead')}</p>
      <div className={styles.secretBlock}>
        <p className={styles.meta}>{t('report.tipCode')}</p>
        <p className={styles.secret} data-testid="tip-code">
          <GroupedCode value={receipt.code} />
        </p>
        {enhanced && (
          <button type="button" className="button button--secondary button--small" onClick={() => copy('code', receipt.code)}>
            {copied === 'code' ? t('report.copied') : t('report.copy')}
          </button>
        )}
      </div>
      <div className={styles.secretBlock}>
        <p className={styles.meta}>{t('report.passphrase')}</p>
        <p className={styles.secret} data-testid="passphrase">
          <GroupedCode value={receipt.passphrase} />
        </p>
        {enhanced && (
          <button type="button" className="button button--secondary button--small" onClick={() => copy('passphrase', receipt.passphrase)}>
            {copied === 'passphrase' ? t('report.copied') : t('report.copy')}
          </button>
        )}
      </div>
      <p className={styles.warning} role="note">
        {t('report.receiptWarning')}
      </p>
      <a className="button button--secondary" href={`data:text/plain;charset=utf-8,${encodeURIComponent(fileText)}`} download="tip-receipt.txt">
        {t('report.saveFile')}
      </a>
      {receipt.urgent && <EmergencyBox t={t} numbers={emergency} id="urgent-after" />}
      <p>{t('report.receiptNext')}</p>
      <form
        action="/"
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          // Replaces the receipt in the history, so "back" does not bring it up again.
          location.replace('/');
        }}
      >
        <label className={styles.choice}>
          <input type="checkbox" required checked={saved} onChange={(event) => setSaved(event.target.checked)} />
          {t('report.savedConfirm')}
        </label>
        <button className="button" type="submit" disabled={enhanced && !saved}>
          {t('report.finish')}
        </button>
      </form>
    </section>
  );
}
