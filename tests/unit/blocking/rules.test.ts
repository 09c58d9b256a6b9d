/** lib/blocking/rules.ts: the declarativeNetRequest rules the worker installs. */
import { describe, expect, it } from 'vitest';
import { blockedByRule, blockedUrlFrom, dynamicRules, hasPatternRules, judgedHostsOf, MAX_JUDGED, sessionRules } from '@/lib/blocking/rules';
import { BLOCK_PATTERNS } from '@/lib/domain/block-patterns';

const WARNING = 'chrome-extension://abc/warning.html';

/** What Chrome does with a regexSubstitution rule (RE2 replace of the match; \0 is all of it). */
function redirectOf(rule: ReturnType<typeof dynamicRules>[number], url: string): string | undefined {
  if (rule.action.type !== 'redirect' || !rule.condition.regexFilter) return undefined;
  const m = new RegExp(rule.condition.regexFilter).exec(url);
  return m ? url.replace(m[0], rule.action.redirect.regexSubstitution.replace('\\0', m[0])) : undefined;
}

describe('dynamic rules', () => {
  it('one redirect per pattern, matching the whole address so the warning page gets all of it', () => {
    const rules = dynamicRules(WARNING, []).filter((r) => r.action.type === 'redirect');
    expect(rules).toHaveLength(BLOCK_PATTERNS.length);
    const url = 'https://uscis-gov.net/account?case=IOE123&x=a+b';
    const target = rules.map((r) => redirectOf(r, url)).find((t) => t !== undefined);
    expect(target).toBe(`${WARNING}?dnr=1#${url}`);
    const at = new URL(target ?? '');
    expect(blockedUrlFrom(at.search, at.hash)).toBe(url);
  });

  it('every redirect of a page has a twin that blocks the same address in a frame', () => {
    const rules = dynamicRules(WARNING, []);
    const frames = rules.filter((r) => r.action.type === 'block');
    expect(frames).toHaveLength(BLOCK_PATTERNS.length);
    for (const f of frames) expect(f.condition.resourceTypes).toEqual(['sub_frame']);
    expect(frames.map((f) => f.condition.regexFilter)).toEqual(rules.filter((r) => r.action.type === 'redirect').map((r) => r.condition.regexFilter));
    const session = sessionRules(WARNING, ['dvprogram-gov.com'], new Map());
    expect(session.map((r) => [r.action.type, r.condition.resourceTypes, r.condition.requestDomains])).toEqual([
      ['redirect', ['main_frame'], ['dvprogram-gov.com']],
      ['block', ['sub_frame'], ['dvprogram-gov.com']],
    ]);
  });

  it('the worker, woken, knows the patterns are installed from the rules the browser kept', () => {
    const installed = dynamicRules(WARNING, ['trusted.example']);
    expect(hasPatternRules(installed)).toBe(true);
    expect(hasPatternRules([])).toBe(false);
    expect(hasPatternRules(installed.slice(1))).toBe(false);
    expect(hasPatternRules(installed.map((r) => ({ ...r, condition: { ...r.condition, regexFilter: 'x' } })))).toBe(false);
  });

  it('trusted sites get an allow rule that outranks every redirect', () => {
    const rules = dynamicRules(WARNING, ['uscis-gov.net']);
    const allow = rules.find((r) => r.action.type === 'allow');
    expect(allow?.condition.requestDomains).toEqual(['uscis-gov.net']);
    for (const r of rules.filter((x) => x.action.type === 'redirect')) expect(allow?.priority).toBeGreaterThan(r.priority);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('leaves out a trusted entry the browser would refuse (one bad domain fails the whole update)', () => {
    const allow = dynamicRules(WARNING, ['good.example', 'Bad Host', 'trailing.example.', '']).find((r) => r.action.type === 'allow');
    expect(allow?.condition.requestDomains).toEqual(['good.example']);
    expect(dynamicRules(WARNING, ['Bad Host']).some((r) => r.action.type === 'allow')).toBe(false);
  });
});

describe('session rules', () => {
  it('judged hosts in one redirect rule, read back when the worker wakes', () => {
    const rules = sessionRules(WARNING, ['dvprogram-gov.com', 'uscis-gov.net'], new Map());
    expect(rules.filter((r) => r.condition.resourceTypes.includes('main_frame'))).toHaveLength(1);
    expect(judgedHostsOf(rules)).toEqual(['dvprogram-gov.com', 'uscis-gov.net']);
    expect(blockedByRule(['dvprogram-gov.com'], 'www.dvprogram-gov.com')).toBe(true);
    expect(blockedByRule(['dvprogram-gov.com'], 'notdvprogram-gov.com')).toBe(false);
  });

  it('never covers an official host by name, even under a judged parent', () => {
    // ais.usvisa-info.com-like cases: a judged registrable domain above a named official host.
    const rules = sessionRules(WARNING, ['uscis.gov', 'cbp.dhs.gov', 'dhs.gov', 'fine-lookalike.com'], new Map());
    expect(judgedHostsOf(rules)).toEqual(['fine-lookalike.com']);
  });

  it('keeps the newest MAX_JUDGED hosts', () => {
    const hosts = Array.from({ length: MAX_JUDGED + 5 }, (_, i) => `look${i}.example`);
    expect(judgedHostsOf(sessionRules(WARNING, hosts, new Map()))).toEqual(hosts.slice(5));
  });

  it('"Continue once": an allow rule for that tab and site only, above the redirects', () => {
    const rules = sessionRules(WARNING, ['uscis-gov.net'], new Map([[7, 'uscis-gov.net']]));
    const allow = rules.find((r) => r.action.type === 'allow');
    expect(allow?.condition).toMatchObject({ tabIds: [7], requestDomains: ['uscis-gov.net'] });
    expect(allow?.priority).toBeGreaterThan(rules[0]?.priority ?? 0);
  });
});

describe('blockedUrlFrom', () => {
  it.each([
    ['?url=https%3A%2F%2Fa.example%2Fx%3Fy%3D1', '', 'https://a.example/x?y=1'],
    ['?dnr=1', '#https://a.example/x?y=1&z=2', 'https://a.example/x?y=1&z=2'],
    ['?dnr=1', '#javascript:alert(1)', ''],
    ['', '#https://a.example/', ''],
  ])('%s %s → %s', (search, hash, want) => {
    expect(blockedUrlFrom(search, hash)).toBe(want);
  });
});
