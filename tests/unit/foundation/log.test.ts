import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@/lib/log';

function capture(options: { resident?: boolean } = {}) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger(stream, 'info', options), text: () => lines.join('') };
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

  it('logs an error by class and code, never its message, which can quote what a person typed', () => {
    const failure = Object.assign(new Error('invalid input: "the tipster wrote THIS-SECRET"'), {
      code: 'P2010',
      meta: { driverAdapterError: { cause: { originalCode: '22021', originalMessage: 'THIS-SECRET' } } },
    });
    for (const resident of [false, true]) {
      const { logger, text } = capture({ resident });
      logger.error({ route: 'api.v1.tips', err: failure }, 'unhandled error in route');
      logger.error({ job: 'x', err: new TypeError('cannot read THIS-SECRET') }, 'job failed');
      const output = text();
      expect(output, resident ? 'resident' : 'operator').not.toContain('THIS-SECRET');
      expect(JSON.parse(output.split('\n')[0]!).err).toMatchObject({ type: 'Error', code: 'P2010', sqlState: '22021' });
    }
  });

  it('on a resident path, writes the hour instead of the millisecond and drops error texts handed over as plain objects', () => {
    const { logger, text } = capture({ resident: true });
    logger.warn({ action: 'submitReport', err: { message: 'value THIS-SECRET too long', code: '22001' } }, 'refused');
    const line = JSON.parse(text()) as { time: string; err: Record<string, unknown> };
    expect(new Date(line.time).getTime() % 3_600_000).toBe(0);
    expect(text()).not.toContain('THIS-SECRET');
    expect(line.err).toEqual({ code: '22001' });

    const operator = capture();
    operator.logger.info('started');
    expect(typeof (JSON.parse(operator.text()) as { time: unknown }).time).toBe('number');
  });
});
