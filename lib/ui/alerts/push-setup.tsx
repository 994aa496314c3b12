'use client';

/**
 * Turns on web push for this browser: registers /console-sw.js (scope /console/), asks for
 * permission, subscribes with the server's VAPID public key and hands the subscription to
 * the server. Only this origin and the browser's own push service are involved.
 */
import { useState } from 'react';

interface Props {
  vapidPublicKey: string;
  subscribe: (subscription: unknown) => Promise<{ ok: boolean }>;
  labels: { enable: string; enabled: string; denied: string; unavailable: string };
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let index = 0; index < raw.length; index++) bytes[index] = raw.charCodeAt(index);
  return bytes;
}

export function PushSetup({ vapidPublicKey, subscribe, labels }: Props) {
  const [status, setStatus] = useState('');
  const enable = async () => {
    try {
      if (!('serviceWorker' in navigator) || !('PushManager' in window)) return setStatus(labels.unavailable);
      const registration = await navigator.serviceWorker.register('/console-sw.js', { scope: '/console/' });
      if ((await Notification.requestPermission()) !== 'granted') return setStatus(labels.denied);
      const ready = await navigator.serviceWorker.ready.then(() => registration);
      const subscription = (await ready.pushManager.getSubscription()) ?? (await ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(vapidPublicKey) }));
      const result = await subscribe(subscription.toJSON());
      setStatus(result.ok ? labels.enabled : labels.unavailable);
      if (result.ok) location.reload();
    } catch {
      setStatus(labels.unavailable);
    }
  };
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={() => void enable()}>
        {labels.enable}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}
