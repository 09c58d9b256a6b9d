/** The scanner CLI contract (scripts/scan.ts), spawned the way the README documents it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function scan(args: string[], input?: string): { status: number | null; lines: unknown[]; stderr: string } {
  const r = spawnSync(TSX, ['scripts/scan.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  return { status: r.status, lines, stderr: r.stderr };
}

const SELLER_HTML = `<!doctype html><html lang="en"><head><title>USCIS access code</title><script>var t="Never pay scam";</script></head>
<body><h1>Lost your USCIS online access code?</h1><p>Our retrieval service: $79.99. Order now.</p>
<form><label for="r">Receipt number</label><input id="r" name="receipt"><input name="cc" autocomplete="cc-number"></form></body></html>`;

describe('scan CLI', () => {
  it('URL only: domain verdict as one JSON object', () => {
    const r = scan(['https://uscis-gov.net/']);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatchObject({ url: 'https://uscis-gov.net/', level: 'danger', reasons: [{ id: 'lookalike-domain' }] });
  }, 60_000);

  it('URL --html FILE: reads the page like the content script (no script text)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, SELLER_HTML);
    const r = scan(['https://example.com/code', '--html', file]);
    expect(r.status).toBe(0);
    const out = r.lines[0] as { level: string; reasons: { id: string; evidence: string }[] };
    expect(out.level).toBe('caution');
    expect(out.reasons.map((x) => x.id)).toEqual(expect.arrayContaining(['access-code-for-sale', 'sensitive-data-request']));
  }, 60_000);

  it('--jsonl -: one result per line, in order; malformed lines get {"error"} and the run goes on', () => {
    const input = [
      JSON.stringify({ url: 'https://www.uscis.gov/forms' }),
      'this is not json',
      JSON.stringify({ url: 'https://example.com/', html: SELLER_HTML }),
      JSON.stringify({ html: '<p>no url</p>' }),
      '[1,2]',
      JSON.stringify({ url: 'https://example.org/', text: 'Bake the bread for forty minutes.' }),
    ].join('\n');
    const r = scan(['--jsonl', '-'], input);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(6);
    expect(r.lines[0]).toMatchObject({ level: 'official' });
    expect(r.lines[1]).toHaveProperty('error');
    expect(r.lines[2]).toMatchObject({ url: 'https://example.com/', level: 'caution' });
    expect(r.lines[3]).toHaveProperty('error');
    expect(r.lines[4]).toHaveProperty('error');
    expect(r.lines[5]).toMatchObject({ level: 'none', reasons: [] });
  }, 60_000);

  // tidy27: an advertorial (a page sending the reader to a named paid site) is reported under its own reason id
  it('an advertorial: its own reason id, the named site as evidence', () => {
    const text = "Avant de se rendre aux États-Unis, il faut demander une autorisation de voyage ESTA. Sur la plateforme numérique : http://www.usa-voyageur.com, vous pourrez soumettre votre demande d'autorisation ESTA.";
    const r = scan(['--jsonl', '-'], JSON.stringify({ url: 'https://environment.example.com/esta-demande', text }));
    expect(r.status).toBe(0);
    expect(r.lines[0]).toMatchObject({ level: 'caution', reasons: [{ id: 'steers-to-seller', evidence: 'http://www.usa-voyageur.com' }] });
  }, 60_000);

  it('bad usage exits 2', () => {
    expect(scan([]).status).toBe(2);
  }, 60_000);
});
