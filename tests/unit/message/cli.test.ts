/** The scanner CLI's message contract (scripts/scan.ts): --message and {"message"} lines in --jsonl. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function scan(args: string[], input?: string): { status: number | null; lines: unknown[] } {
  const r = spawnSync(TSX, ['scripts/scan.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown) };
}

const SCAM = 'USCIS: Your case has an outstanding fee of $150.\nPay within 24 hours at uscis[.]gov-pay[.]com or call 305-555-0100.';

describe('scan CLI, messages', () => {
  it('--message -: one message from standard input', () => {
    const r = scan(['--message', '-'], SCAM);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    const out = r.lines[0] as { level: string; reasons: { id: string; evidence: string }[]; links: unknown[]; phones: unknown[] };
    expect(out.level).toBe('danger');
    expect(out.reasons.map((x) => x.id)).toEqual(expect.arrayContaining(['lookalike-domain', 'claims-agency', 'payment-demand']));
    expect(out.links).toEqual([{ url: 'http://uscis.gov-pay.com', level: 'danger' }]);
    expect(out.phones).toEqual([{ number: '305-555-0100', official: null }]);
    expect(out).not.toHaveProperty('url');
  }, 60_000);

  it('--jsonl: {"message"} lines are judged as messages, next to pages and errors, in order', () => {
    const input = [
      JSON.stringify({ message: SCAM }),
      JSON.stringify({ url: 'https://www.uscis.gov/forms' }),
      '{"message": 42}',
      'not json',
      JSON.stringify({ message: 'Your USCIS verification code is 482913. Do not share it.' }),
      JSON.stringify({ message: '' }),
    ].join('\n');
    const r = scan(['--jsonl', '-'], input);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(6);
    expect(r.lines[0]).toMatchObject({ level: 'danger', links: [{ url: 'http://uscis.gov-pay.com', level: 'danger' }] });
    expect(r.lines[1]).toMatchObject({ url: 'https://www.uscis.gov/forms', level: 'official' });
    expect(r.lines[2]).toEqual({ error: '"message" must be a string' });
    expect(r.lines[3]).toHaveProperty('error');
    expect(r.lines[4]).toMatchObject({ level: 'notice', links: [] });
    expect(r.lines[5]).toEqual({ level: 'none', reasons: [], links: [], phones: [] });
  }, 60_000);

  it('--message without a file is bad usage', () => {
    expect(scan(['--message']).status).toBe(2);
  }, 60_000);
});
