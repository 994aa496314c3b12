/**
 * What a local stand-in server received (the demo mail catcher, the tests' push sink), and a
 * wait for the first item that matches, whether it already came or is still to come.
 */
export interface ReceivedLog<T> {
  items: T[];
  add(item: T): void;
  waitFor(match: (item: T) => boolean, timeoutMs: number): Promise<T>;
}

export function receivedLog<T>(what: string): ReceivedLog<T> {
  const items: T[] = [];
  const waiters = new Set<() => boolean>();
  return {
    items,
    add(item) {
      items.push(item);
      for (const wake of [...waiters]) wake();
    },
    waitFor(match, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = items.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching ${what} within ${timeoutMs} ms (received ${items.length})`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
  };
}
