'use client';

/**
 * Makes "Quick exit" (a plain link to /exit that works without JavaScript) leave without a
 * trace the browser lets us clear: the draft, session storage and the outbox (a tip waiting
 * for signal, and its service worker) are wiped, this page is
 * replaced in the history by /exit (so "back" does not return here), and Escape pressed
 * twice within a second does the same from anywhere on the page.
 */
import { useEffect } from 'react';
import { forgetOutbox } from './outbox-client';
import { DRAFT_KEY } from './report-values';

function leave() {
  try {
    localStorage.removeItem(DRAFT_KEY);
    sessionStorage.clear();
  } catch {
    // Storage can be disabled; leaving matters more.
  }
  const go = () => {
    history.replaceState(null, '', '/exit');
    location.replace('/exit');
  };
  // A tip waiting in the outbox and its worker go too; leaving is never held up for long.
  void Promise.race([forgetOutbox().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 800))]).then(go);
}

export function QuickExit() {
  useEffect(() => {
    let lastEscape = 0;
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('[data-quick-exit]')) {
        event.preventDefault();
        leave();
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (event.timeStamp - lastEscape < 1_000) leave();
      lastEscape = event.timeStamp;
    };
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return null;
}
