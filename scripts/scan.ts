/**
 * Scanner CLI: the verdict engine (lib/verdict) from the command line.
 *
 *   npm run --silent scan -- URL                  domain-only verdict (what the extension knows at navigation)
 *   npm run --silent scan -- URL --html FILE      verdict for a saved page (FILE may be - for stdin)
 *   npm run --silent scan -- --jsonl FILE         one JSON object per line: {"url","html"?,"text"?,"title"?}
 *                                                 or {"message"} (a pasted message, no url: lib/message)
 *                                                 (FILE may be - for stdin); one result per line, same order
 *   npm run --silent scan -- --message FILE       one pasted message (FILE may be - for stdin)
 *
 * Output for a page: {"url","level","reasons":[{"id","evidence"}]} plus "service"/"impersonates"/
 * "official" when known. For a message: {"level","reasons":[{"id","evidence"}],"links":[{"url",
 * "level"}],"phones":[{"number","official"}]} (official: the facts.json id of the number, or null).
 * A malformed jsonl line prints {"error":"..."} on its line and the run goes on.
 * Exit status: 0 when every line was judged, 1 when some line had an error, 2 on bad usage.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { decide } from '../lib/verdict';
import { checkMessage, type MessageVerdict } from '../lib/message';
import type { PageSnapshot, Verdict } from '../lib/types';
import { htmlToSnapshot, textToSnapshot } from './html-snapshot';

const USAGE = 'usage: scan URL [--html FILE] | scan --jsonl FILE | scan --message FILE   (FILE may be - for stdin)';

export function result(url: string, verdict: Verdict): Record<string, unknown> {
  return {
    url,
    level: verdict.level,
    reasons: verdict.reasons.map((r) => ({ id: r.id, evidence: r.evidence })),
    ...(verdict.service ? { service: verdict.service } : {}),
    ...(verdict.impersonates ? { impersonates: verdict.impersonates } : {}),
    ...(verdict.official ? { official: verdict.official } : {}),
  };
}

/** The CLI's view of a message verdict. */
export function messageResult(v: MessageVerdict): Record<string, unknown> {
  return {
    level: v.level,
    reasons: v.reasons.map((r) => ({ id: r.id, evidence: r.evidence })),
    links: v.links.map((l) => ({ url: l.url, level: l.level })),
    phones: v.phones.map((p) => ({ number: p.written, official: p.official })),
    ...(v.moreLinks > 0 ? { moreLinks: v.moreLinks } : {}),
    ...(v.truncated ? { truncated: true } : {}),
  };
}

/** Judges one jsonl line; never throws. */
export function scanLine(line: string): Record<string, unknown> {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { error: `invalid JSON: ${(e as Error).message.slice(0, 100)}` };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { error: 'each line must be a JSON object' };
  const { url, html, text, title, message } = obj as Record<string, unknown>;
  if (url === undefined && message !== undefined) {
    if (typeof message !== 'string') return { error: '"message" must be a string' };
    try {
      return messageResult(checkMessage(message));
    } catch (e) {
      return { error: `could not judge: ${(e as Error).message.slice(0, 100)}` };
    }
  }
  if (typeof url !== 'string' || url === '') return { error: 'missing "url" (a string) or "message" (a string)' };
  if (html !== undefined && typeof html !== 'string') return { error: '"html" must be a string' };
  if (text !== undefined && typeof text !== 'string') return { error: '"text" must be a string' };
  let page: PageSnapshot | undefined;
  if (typeof html === 'string') page = htmlToSnapshot(html, url);
  else if (typeof text === 'string') page = textToSnapshot(text, url, typeof title === 'string' ? title : '');
  try {
    return result(url, decide(url, page));
  } catch (e) {
    return { error: `could not judge: ${(e as Error).message.slice(0, 100)}` };
  }
}

function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

async function main(argv: string[]): Promise<number> {
  const jsonl = argv.indexOf('--jsonl');
  if (jsonl >= 0) {
    const file = argv[jsonl + 1];
    if (!file) {
      console.error(USAGE);
      return 2;
    }
    const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
    const lines = createInterface({ input, crlfDelay: Infinity });
    let failed = false;
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const out = scanLine(line);
      if ('error' in out) failed = true;
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    return failed ? 1 : 0;
  }
  const messageAt = argv.indexOf('--message');
  if (messageAt >= 0) {
    const file = argv[messageAt + 1];
    if (!file) {
      console.error(USAGE);
      return 2;
    }
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ error: `cannot read ${file}: ${(e as Error).message.slice(0, 100)}` })}\n`);
      return 1;
    }
    process.stdout.write(`${JSON.stringify(messageResult(checkMessage(text)))}\n`);
    return 0;
  }
  const url = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--html');
  if (!url) {
    console.error(USAGE);
    return 2;
  }
  const htmlAt = argv.indexOf('--html');
  let page: PageSnapshot | undefined;
  if (htmlAt >= 0) {
    const file = argv[htmlAt + 1];
    if (!file) {
      console.error(USAGE);
      return 2;
    }
    try {
      page = htmlToSnapshot(readInput(file), url);
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ error: `cannot read ${file}: ${(e as Error).message.slice(0, 100)}` })}\n`);
      return 1;
    }
  }
  process.stdout.write(`${JSON.stringify(result(url, decide(url, page)))}\n`);
  return 0;
}

const isMain = process.argv[1] !== undefined && /scan\.ts$/.test(process.argv[1]);
// Piping into `head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
