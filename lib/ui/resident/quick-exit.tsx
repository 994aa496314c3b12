'use client';

/**
 * Makes "Quick exit" (a plain link to /exit that works without JavaScript) leave without a
 * trace the browser lets us clear: the draft and session storage are wiped, this page is
 * replaced in the history by /exit (so "back" does not return here), and Escape pressed
 * twice within a second does the same from anywhere on the page.
 */
import { useEffect } from 'react';
import { DRAFT_KEY } from './report-values';

function leave() {
  try {
    localStorage.removeItem(DRAFT_KEY);
    sessionStorage.clear();
  } catch {
    // Storage can be disabled; leaving matters more.
  }
  history.replaceState(null, '', '/exit');
  location.replace('/exit');
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
