import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@/lib/log';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger(stream, 'info'), text: () => lines.join('') };
}

describe('logger', () => {
  it('drops addresses, user agents, cookies and bodies even when handed a request', () => {
    const { logger, text } = capture();
    logger.info(
      {
        route: '/api/v1/tips',
        headers: { 'x-forwarded-for': '203.0.113.77', 'user-agent': 'DistinctiveAgent/9.9' },
        ip: '203.0.113.77',
        nested: { userAgent: 'DistinctiveAgent/9.9', cookie: 'lang=km', body: { description: 'secret words' } },
      },
      'tip received from 203.0.113.77 and 2001:db8::7',
    );
    const output = text();
    expect(output).toContain('/api/v1/tips');
    expect(output).not.toContain('203.0.113.77');
    expect(output).not.toContain('2001:db8::7');
    expect(output).not.toContain('DistinctiveAgent');
    expect(output).not.toContain('lang=km');
    expect(output).not.toContain('secret words');
  });
});
