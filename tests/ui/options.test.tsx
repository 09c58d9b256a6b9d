import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { Options, type OptionsProps } from '@/entrypoints/options/Options';
import { makeT } from '@/lib/i18n';
import { buildReport } from '@/lib/report';
import { factText } from '@/lib/facts';
import { defaultSettings, exportSettings, importSettings, type Settings } from '@/lib/settings';

const en = makeT('en');
const NOW = new Date('2026-11-25T20:00:00.000Z');
const REPO = 'https://github.com/official-or-not/official-or-not';

const TRUSTED: Settings = {
  language: 'en',
  showNotice: true,
  trusted: [
    { host: 'www.ilrc.org', addedAt: '2026-10-02T09:00:00.000Z', level: 'notice', reasons: [{ id: 'uscis-topic', evidence: 'DACA renewal' }] },
    { host: 'example.com', addedAt: '2026-09-01T09:00:00.000Z', level: 'caution', reasons: [{ id: 'paid-form-help', evidence: '$149' }] },
    { host: 'www.example.com', addedAt: '2026-09-02T09:00:00.000Z', level: 'none', reasons: [] },
  ],
};

function setup(over: Partial<OptionsProps> = {}) {
  const saved: Settings[] = [];
  const props: OptionsProps = {
    initial: { settings: TRUSTED },
    save: vi.fn(async (s: Settings) => {
      saved.push(s);
      return s;
    }),
    browserLanguages: ['en-US'],
    extensionVersion: '0.1.0',
    repositoryUrl: REPO,
    reportPrefill: null,
    scamUrls: () => ({ ftc: factText('url.ftc-report'), uscis: factText('url.report-scam-uscis') }),
    now: () => NOW,
    download: vi.fn(),
    copy: vi.fn(async () => undefined),
    confirm: vi.fn(() => true),
    ...over,
  };
  const view = render(<Options {...props} />);
  return { ...view, props, saved };
}

async function axeViolations(node: Element) {
  // happy-dom has no layout: colour contrast cannot be measured here (checked in the e2e tier).
  const result = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(() => cleanup());

describe('<Options>: trusted sites', () => {
  it('lists each trusted site with when and why', () => {
    setup();
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('trusted-item'));
    expect(items.map((li) => li.querySelector('.host')?.textContent)).toEqual(['example.com', 'www.example.com', 'www.ilrc.org']);
    const ilrc = items[2]!;
    expect(ilrc.textContent).toContain(en('options_trusted_why', { LEVEL: en('level_notice') }));
    expect(ilrc.textContent).toContain('2026');
  });

  it('shows the empty message when nothing is trusted', () => {
    setup({ initial: { settings: defaultSettings() } });
    expect(screen.getByText(en('options_trusted_empty'))).toBeTruthy();
  });

  it('Remove removes exactly that site (not its parent) and saves', async () => {
    const { saved } = setup();
    const row = screen.getByText('www.example.com').closest('li')!;
    fireEvent.click(within(row).getByRole('button', { name: en('options_remove') }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.trusted.map((t) => t.host)).toEqual(['www.ilrc.org', 'example.com']);
    expect(screen.queryByText('www.example.com')).toBeNull();
  });

  it.each([
    ['github.io'],
    ['my lawyer'],
    ['192.168.0.1'],
  ])('refuses to add %s with a visible message', async (input) => {
    const { saved } = setup();
    const field = screen.getByLabelText(en('options_add_label'));
    fireEvent.input(field, { target: { value: input } });
    fireEvent.click(screen.getByRole('button', { name: en('options_add_button') }));
    expect((await screen.findByRole('alert')).textContent).toContain(en('options_add_invalid'));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(saved).toHaveLength(0);
  });

  it('adds a valid site typed by hand (a pasted URL becomes its host)', async () => {
    const { saved } = setup();
    fireEvent.input(screen.getByLabelText(en('options_add_label')), { target: { value: 'https://Clinic.Example.org/help?x=1' } });
    fireEvent.click(screen.getByRole('button', { name: en('options_add_button') }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.trusted.at(-1)).toEqual({ host: 'clinic.example.org', addedAt: NOW.toISOString(), level: 'none', reasons: [] });
    expect(screen.getByText('clinic.example.org')).toBeTruthy();
  });
});

describe('<Options>: general settings', () => {
  it('shows the settings-were-reset message when storage had to be repaired', () => {
    setup({ initial: { settings: defaultSettings(), problem: 'options_settings_reset' } });
    const status = screen.getAllByRole('status').find((el) => el.classList.contains('status'));
    expect(status?.textContent).toContain(en('options_settings_reset'));
    expect(status?.textContent).toContain('⚠'); // not colour alone
  });

  it('switches language and saves it', async () => {
    const { saved, container } = setup();
    fireEvent.change(screen.getByLabelText(en('options_language')), { target: { value: 'es' } });
    await waitFor(() => expect(saved.at(-1)?.language).toBe('es'));
    expect(container.querySelector('main')?.getAttribute('lang')).toBe('es');
  });

  it('renders in the chosen language, and in the browser language on auto', () => {
    const es = makeT('es');
    setup({ initial: { settings: { ...TRUSTED, language: 'es' } } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(es('options_title'));
    expect(es('options_title')).not.toBe(en('options_title'));
    cleanup();
    setup({ initial: { settings: { ...TRUSTED, language: 'auto' } }, browserLanguages: ['ko-KR', 'en'] });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(makeT('ko')('options_title'));
  });

  it('names each language in itself', () => {
    setup();
    const options = [...(screen.getByLabelText(en('options_language')) as HTMLSelectElement).options];
    expect(options.find((o) => o.value === 'es')?.textContent).toBe(makeT('es')('language_name_es'));
    expect(options.find((o) => o.value === 'es')?.getAttribute('lang')).toBe('es');
  });

  it('toggles the reminders', async () => {
    const { saved } = setup();
    const box = screen.getByLabelText(en('options_show_notice')) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(saved.at(-1)?.showNotice).toBe(false));
  });

  it('restore defaults asks first and does nothing when the user says no', async () => {
    const confirm = vi.fn(() => false);
    const { saved } = setup({ confirm });
    fireEvent.click(screen.getByRole('button', { name: en('options_restore_defaults') }));
    expect(confirm).toHaveBeenCalledWith(en('options_restore_confirm'));
    expect(saved).toHaveLength(0);
  });

  it('restore defaults after yes', async () => {
    const { saved } = setup();
    fireEvent.click(screen.getByRole('button', { name: en('options_restore_defaults') }));
    await waitFor(() => expect(saved.at(-1)).toEqual(defaultSettings()));
    expect(screen.getByText(en('options_restore_done'))).toBeTruthy();
  });
});

describe('<Options>: export and import', () => {
  it('exports the current settings as a file', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: en('options_export') }));
    expect(props.download).toHaveBeenCalledWith('official-or-not-settings.json', exportSettings(TRUSTED));
    const text = (props.download as ReturnType<typeof vi.fn>).mock.calls[0]?.[1] as string;
    expect(importSettings(text)).toEqual({ settings: TRUSTED });
  });

  function chooseFile(text: string) {
    const input = screen.getByLabelText(en('options_import')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'settings.json', { type: 'application/json' })] });
    fireEvent.change(input);
  }

  it('shows what a file would change and imports it only when asked', async () => {
    const { saved } = setup({ initial: { settings: defaultSettings() } });
    chooseFile(exportSettings(TRUSTED));
    const preview = await screen.findByRole('group', { name: en('options_import_check') });
    // Nothing is stored while the person reads the preview.
    expect(saved).toHaveLength(0);
    expect(within(preview).getByText(en('options_import_adds', { COUNT: '3' }))).toBeTruthy();
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['example.com', 'www.example.com', 'www.ilrc.org']);
    expect(within(preview).getByText(en('options_import_lure'))).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('import-preview-heading'));
    expect(await axeViolations(preview)).toEqual([]);
    fireEvent.click(within(preview).getByRole('button', { name: en('options_import_apply') }));
    await waitFor(() => expect(saved.at(-1)).toEqual(TRUSTED));
    expect(await screen.findByText(en('options_import_ok'))).toBeTruthy();
    expect(screen.queryByRole('group', { name: en('options_import_check') })).toBeNull();
  });

  it('Cancel in the preview changes nothing', async () => {
    const { saved } = setup();
    const many: Settings = { ...TRUSTED, trusted: Array.from({ length: 30 }, (_, i) => ({ host: `site${String(i).padStart(2, '0')}.example`, addedAt: '2026-10-02T09:00:00.000Z', level: 'none', reasons: [] })) };
    chooseFile(exportSettings(many));
    const preview = await screen.findByRole('group', { name: en('options_import_check') });
    // 30 new sites (20 named, the rest counted), 3 no longer trusted.
    expect(within(preview).getByText(en('options_import_more', { COUNT: '10' }))).toBeTruthy();
    expect(within(preview).getByText(en('options_import_removes', { COUNT: '3' }))).toBeTruthy();
    fireEvent.click(within(preview).getByRole('button', { name: en('options_import_cancel') }));
    expect(await screen.findByText(en('options_import_cancelled'))).toBeTruthy();
    expect(saved).toHaveLength(0);
    expect(screen.getByText('www.ilrc.org')).toBeTruthy();
  });

  it('a file with the same settings changes nothing and says so', async () => {
    const { saved } = setup();
    chooseFile(exportSettings(TRUSTED));
    expect(await screen.findByText(en('options_import_nothing'))).toBeTruthy();
    expect(saved).toHaveLength(0);
  });

  it.each([
    ['not JSON', 'hello'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, settings: {} })],
  ])('refuses a bad file (%s) and keeps the settings', async (_label, text) => {
    const { saved } = setup();
    chooseFile(text);
    expect(await screen.findByText(en('options_import_bad'))).toBeTruthy();
    expect(saved).toHaveLength(0);
    expect(screen.getByText('www.ilrc.org')).toBeTruthy();
  });
});

describe('<Options>: report a mistake / a scam', () => {
  const prefill = {
    pageUrl: 'https://immigration-help.example.com/renew-green-card?case=IOE0912345678',
    level: 'caution',
    reasonIds: ['paid-form-help'],
  };

  it('shows exactly the text that will be sent, host only by default', () => {
    setup({ reportPrefill: prefill });
    const expected = buildReport({ ...prefill, includeAddress: false, extensionVersion: '0.1.0', browserLanguage: 'en-US', comment: '', repositoryUrl: REPO });
    const preview = screen.getByTestId('report-preview');
    expect(preview.textContent).toBe(expected.text);
    expect(preview.textContent).not.toContain('IOE0912345678');
    const issue = screen.getByRole('link', { name: en('report_open_issue') });
    expect(issue.getAttribute('href')).toBe(expected.issueUrl);
    // The project has no report e-mail address: no "Send by e-mail" button with no recipient.
    expect(screen.queryByRole('link', { name: en('report_open_email') })).toBeNull();
  });

  it('offers "Send by e-mail" only with a recipient', () => {
    setup({ reportPrefill: prefill, reportEmail: 'reports@example.org' });
    const mail = screen.getByRole('link', { name: en('report_open_email') }).getAttribute('href') ?? '';
    expect(mail.startsWith('mailto:reports@example.org?subject=')).toBe(true);
  });

  it('includes the full address only after the box is ticked, and the comment as typed', () => {
    setup({ reportPrefill: prefill });
    fireEvent.click(screen.getByLabelText(en('report_include_address')));
    fireEvent.input(screen.getByLabelText(en('report_comment_label')), { target: { value: 'This is a licensed attorney.' } });
    const text = screen.getByTestId('report-preview').textContent ?? '';
    expect(text).toContain('Full address: https://immigration-help.example.com/renew-green-card?case=IOE0912345678');
    expect(text).toContain('This is a licensed attorney.');
    const href = screen.getByRole('link', { name: en('report_open_issue') }).getAttribute('href') ?? '';
    expect(decodeURIComponent(href.split('&body=')[1] ?? '')).toBe(text);
  });

  it('opens nothing by itself; Copy copies the shown text', async () => {
    const open = vi.spyOn(window, 'open');
    const { props } = setup({ reportPrefill: prefill });
    expect(open).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: en('report_copy') }));
    expect(props.copy).toHaveBeenCalledWith(screen.getByTestId('report-preview').textContent);
    expect(await screen.findByText(en('report_copied'))).toBeTruthy();
    open.mockRestore();
  });

  it('links the FTC and USCIS reporting pages from facts.json', () => {
    setup();
    expect(screen.getByRole('link', { name: en('report_scam_ftc') }).getAttribute('href')).toBe(factText('url.ftc-report'));
    expect(screen.getByRole('link', { name: en('report_scam_uscis') }).getAttribute('href')).toBe(factText('url.report-scam-uscis'));
  });
});

describe('<Options>: accessibility', () => {
  it.each([
    ['with trusted sites and a report prefill', { reportPrefill: { pageUrl: 'https://a.example.com/', level: 'danger', reasonIds: ['lookalike-domain'] } }],
    ['empty, after a reset', { initial: { settings: defaultSettings(), problem: 'options_settings_reset' } }],
  ])('has no axe violations %s', async (_label, over) => {
    const { container } = setup(over as Partial<OptionsProps>);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations with the invalid-host error showing', async () => {
    const { container } = setup();
    fireEvent.input(screen.getByLabelText(en('options_add_label')), { target: { value: 'com' } });
    fireEvent.click(screen.getByRole('button', { name: en('options_add_button') }));
    await screen.findByRole('alert');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('the axe check can fail here: it catches an unlabelled field', async () => {
    const { container } = render(<div><input type="text" /><button type="button" /></div>);
    const ids = (await axeViolations(container)).map((v) => v.split(':')[0]);
    expect(ids).toEqual(expect.arrayContaining(['label', 'button-name']));
  });

  it('every form control has a label and is keyboard reachable', () => {
    const { container } = setup();
    const controls = [...container.querySelectorAll('input, select, textarea, button, a[href]')];
    expect(controls.length).toBeGreaterThan(10);
    for (const el of controls) {
      expect(el.getAttribute('tabindex')).not.toBe('-1');
      if (el.matches('input, select, textarea')) {
        const id = el.getAttribute('id');
        const labelled = (id && container.querySelector(`label[for="${id}"]`)) || el.closest('label');
        expect(labelled, el.outerHTML).toBeTruthy();
      }
    }
  });
});
