/** Wiring only: real storage, clock, download, clipboard and confirm go into <Options>. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { getSettings, saveSettings, watchSettings } from '@/lib/platform/settings-store';
import { parseReportParams } from '@/lib/report';
import { factText } from '@/lib/facts';
import { repository } from '../../package.json';
import { Options } from './Options';
import { downloadText } from './download';
import { browserLanguages } from '@/lib/platform/locale';
import './style.css';

function scamUrls(locale: string): { ftc: string; uscis: string } {
  const es = locale === 'es';
  return {
    ftc: factText(es ? 'url.ftc-report-es' : 'url.ftc-report'),
    uscis: factText(es ? 'url.report-scam-uscis-es' : 'url.report-scam-uscis'),
  };
}

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const initial = await getSettings();
  const reportPrefill = parseReportParams(location.search);
  render(
    <Options
      initial={initial}
      save={saveSettings}
      watch={watchSettings}
      browserLanguages={browserLanguages()}
      extensionVersion={browser.runtime.getManifest().version}
      repositoryUrl={repository.url}
      reportPrefill={reportPrefill}
      scamUrls={scamUrls}
      now={() => new Date()}
      download={downloadText}
      copy={(text) => navigator.clipboard.writeText(text)}
      confirm={(message) => window.confirm(message)}
      onLocale={(lang, title) => {
        document.documentElement.lang = lang;
        document.title = title;
      }}
    />,
    root,
  );
  // Opened from the popup's "Report a mistake": go straight to the form.
  if (reportPrefill) document.getElementById('report')?.scrollIntoView();
}

void main();
