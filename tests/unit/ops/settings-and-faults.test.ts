import { describe, expect, it } from 'vitest';
import { InvalidSettingsError, loadEnv } from '@/lib/env';
import { describeFault, OperatorError } from '@/lib/ops/faults';

describe('operations settings', () => {
  it('jobs on, 180 and 730 days by default; refuses a purge period shorter than the statistics windows', () => {
    expect(loadEnv({})).toMatchObject({ JOBS_ENABLED: true, RETENTION_CLOSED_DAYS: 180, RETENTION_ALL_DAYS: 730 });
    expect(loadEnv({ JOBS_ENABLED: 'false', RETENTION_CLOSED_DAYS: '30', RETENTION_ALL_DAYS: '900' })).toMatchObject({ JOBS_ENABLED: false, RETENTION_CLOSED_DAYS: 30, RETENTION_ALL_DAYS: 900 });
    expect(() => loadEnv({ RETENTION_ALL_DAYS: '365' })).toThrow(InvalidSettingsError);
  });
});

describe('describeFault', () => {
  const url = 'postgresql://app:secret@db.example.org:5433/eyes';
  it('says what is wrong in one line, whatever wraps the cause, and never prints the password', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5433'), { code: 'ECONNREFUSED' });
    const lines = [
      describeFault(new AggregateError([refused], ''), { databaseUrl: url }),
      describeFault(new Error('wrapped', { cause: refused }), { databaseUrl: url }),
      describeFault(Object.assign(new Error('password authentication failed for user "app"'), { code: '28P01' }), { databaseUrl: url }),
      describeFault(Object.assign(new Error('relation "AuditEvent" does not exist'), { code: '42P01' }), { databaseUrl: url }),
      describeFault(undefined),
      describeFault(new OperatorError('Port 5 is taken by another program: set EMBEDDED_PG_PORT to a free port.')),
    ];
    expect(lines).toEqual([
      'Cannot reach the database at db.example.org:5433 (connection refused): start PostgreSQL or correct DATABASE_URL.',
      'Cannot reach the database at db.example.org:5433 (connection refused): start PostgreSQL or correct DATABASE_URL.',
      'The database at db.example.org:5433 refused the login: check the user and password in DATABASE_URL.',
      'The database at db.example.org:5433 has no Eyes & Ears tables yet: run npm run db:migrate (or npm start) first.',
      'Unexpected failure with no message (run with LOG_LEVEL=debug for details).',
      'Port 5 is taken by another program: set EMBEDDED_PG_PORT to a free port.',
    ]);
    for (const line of lines) {
      expect(line).not.toContain('\n');
      expect(line).not.toContain('secret');
    }
  });
});
