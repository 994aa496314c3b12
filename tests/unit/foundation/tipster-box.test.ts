import { describe, expect, it } from 'vitest';
import { deriveTipsterKey, openAsTipster, sealForTipster } from '@/lib/tips/tipster-box';

describe('tipster sealed box', () => {
  it('opens with the passphrase that made the key, and with nothing else', async () => {
    const key = await deriveTipsterKey('1234567890123456');
    const sealed = sealForTipster(key.publicKey, 'VOUCHER-ABCD-1234');
    expect(sealed).not.toContain('VOUCHER');
    expect(await openAsTipster('1234567890123456', key, sealed)).toBe('VOUCHER-ABCD-1234');
    expect(await openAsTipster('1234567890123457', key, sealed)).toBeNull();
  });

  it('refuses a tampered box', async () => {
    const key = await deriveTipsterKey('9999888877776666');
    const bytes = Buffer.from(sealForTipster(key.publicKey, 'secret'), 'base64');
    bytes[bytes.length - 1]! ^= 1;
    expect(await openAsTipster('9999888877776666', key, bytes.toString('base64'))).toBeNull();
  });
});
