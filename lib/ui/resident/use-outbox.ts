import { useEffect, useRef, useState } from 'react';
import type { ClientT } from './client-t';
import { flushOutbox, keepInOutbox, outboxInUse, outboxStatus, outboxSupported, receiptShown } from './outbox-client';
import { DRAFT_KEY, type ReportReceipt } from './report-values';

/**
 * The outbox (public/report-sw.js): a tip kept encrypted on the phone when sending failed
 * for lack of signal and the resident chose it; sent when the signal returns (Background
 * Sync, else this page's `online` event and a retry every 30 seconds); its receipt is shown
 * here when it comes back.
 */
export function useOutbox(t: ClientT) {
  const [waiting, setWaiting] = useState(0);
  const [receipt, setReceipt] = useState<ReportReceipt | null>(null);
  const [notice, setNotice] = useState('');
  const waitingRef = useRef(0);
  useEffect(() => {
    waitingRef.current = waiting;
  }, [waiting]);

  const refresh = async () => {
    const status = await outboxStatus();
    setWaiting(status.pending);
    const first = status.receipts[0];
    if (first) {
      setReceipt({ code: first.code, passphrase: first.passphrase, urgent: first.urgent });
      await receiptShown(first.key);
    }
    return status.pending;
  };

  useEffect(() => {
    if (!outboxSupported()) return;
    let stopped = false;
    const onMessage = (event: MessageEvent) => {
      const type = (event.data as { type?: string } | null)?.type;
      if (type === 'outbox-sent') void refresh();
      if (type === 'outbox-refused') {
        setNotice(t('outbox.refused'));
        void refresh();
      }
    };
    const send = () => {
      if (!stopped && navigator.onLine) void flushOutbox().then(refresh, () => undefined);
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    window.addEventListener('online', send);
    const timer = setInterval(() => {
      if (waitingRef.current > 0) send();
    }, 30_000);
    void outboxInUse().then((inUse) => inUse && refresh().then((pending) => pending > 0 && send()));
    return () => {
      stopped = true;
      navigator.serviceWorker.removeEventListener('message', onMessage);
      window.removeEventListener('online', send);
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- set up once per page
  }, []);

  const keep = async (fields: unknown, urgent: boolean) => {
    await keepInOutbox(fields, urgent);
    // The kept tip is the only copy: no plain draft stays behind.
    localStorage.removeItem(DRAFT_KEY);
    setWaiting((count) => count + 1);
    if (navigator.onLine) void flushOutbox().then(refresh, () => undefined);
  };
  return { waiting, receipt, notice, keep };
}
