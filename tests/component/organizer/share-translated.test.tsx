/**
 * The console's Print and Report tabs and its e-mail cards in another language (issue 19, the
 * `consoleShare` namespace): the console itself stays English until every area is converted,
 * but each of these cards must already read from the catalogue, placeholders and plurals filled.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MailLog } from '../../../shared/mail/mail-schemas';
import { showLanguage } from '../../../client/i18n/current-language';
import type { MailState } from '../../../client/screens/organizer/mail/mail-state';
import { mailWords, sendAnswerWords } from '../../../client/screens/organizer/mail/mail-words';
import { PersonMail } from '../../../client/screens/organizer/mail/person-mail';
import { SendLinksCard } from '../../../client/screens/organizer/mail/send-links-card';
import { DeleteEventCard, EventDeleted } from '../../../client/screens/organizer/print/delete-event';
import { PrintPanel } from '../../../client/screens/organizer/print/print-panel';
import { FeedbackClosesField } from '../../../client/screens/organizer/report/feedback-closes-field';
import { ReportPanel } from '../../../client/screens/organizer/report/report-panel';
import { ReportView } from '../../../client/screens/organizer/report/report-view';
import { fakeApi, viewFixture } from './fixtures';
import { fakeReportApi, reportFixture } from './report/fixtures';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await showLanguage('en');
});

const people = [
  { id: 'a', name: 'Ada', email: 'ada@example.org' },
  { id: 'b', name: 'Bo' },
];

function mailState(log: MailLog): MailState {
  const [current] = createSignal<MailLog | null>(log);
  return {
    log: current,
    loadError: () => null,
    entry: (id) => log.people.find((e) => e.personId === id),
    send: vi.fn(async () => ({ queued: 2, skipped: [] })),
    downloadMerge: vi.fn(async () => 'mail-merge-ev1.csv'),
    timeZone: 'Europe/Berlin',
  };
}
const enabled: MailLog = { enabled: true, message: null, perMinute: 30, people: [] };
const barLabels = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('img')
    .map((b) => b.getAttribute('aria-label'));

describe('the Print tab in German', () => {
  it('names the printables, exports and backup, and says what a download did', async () => {
    await showLanguage('de');
    const fetchMock = vi.fn(async () => new Response('x', { headers: { 'content-disposition': 'filename="p.csv"' } }));
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    render(() => <PrintPanel view={viewFixture()} secret="k" />);
    expect(screen.getByRole('heading', { name: 'Drucken' })).toBeInTheDocument();
    expect(screen.getByTestId('print-cards')).toHaveTextContent('Persönliche Karten');
    expect(screen.getByText(/Rotationsplan für die Wand/)).toHaveTextContent('(erst die Rotation planen)');
    // (happy-dom reads Solid's `<a href=/>` as an empty href, so no link role: the tag tells.)
    expect(screen.getByText('Startseite').tagName).toBe('A');
    expect(screen.getByText('Aus einer Sicherung erstellen').tagName).toBe('STRONG');
    expect(screen.getByTestId('download-backup')).toHaveTextContent('Sicherung herunterladen');
    fireEvent.click(screen.getByRole('button', { name: 'Personen (CSV, das Importformat)' }));
    await waitFor(() => expect(screen.getByTestId('print-status')).toHaveTextContent('p.csv heruntergeladen.'));
  });

  it('asks before deleting, naming the event, and says it is gone', async () => {
    await showLanguage('de');
    render(() => <DeleteEventCard eventId="ev1" eventName="Nacht" secret="k" onDeleted={() => {}} />);
    fireEvent.click(screen.getByTestId('delete-event'));
    expect(screen.getByText('„Nacht“ löschen?')).toBeInTheDocument();
    expect(screen.getByText(/Damit wird/)).toHaveTextContent(/^Damit wird Nacht gelöscht/);
    expect(screen.getByText('Nacht', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Veranstaltung behalten' })).toBeInTheDocument();
    cleanup();
    render(() => <EventDeleted eventName={null} />);
    expect(screen.getByRole('heading', { name: 'Veranstaltung gelöscht' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Die Veranstaltung und alle Personen/);
  });
});

describe('the Report tab', () => {
  it('German: totals, tables and the bars’ words with their plurals', async () => {
    await showLanguage('de');
    render(() => <ReportView report={reportFixture({ perRound: [{ round: 1, planned: 1, held: 1 }] })} />);
    expect(screen.getByRole('heading', { name: 'Gesamt' })).toBeInTheDocument();
    expect(screen.getByTestId('total-held')).toHaveTextContent('22 von 24 (92 %)');
    expect(screen.getByTestId('total-ratings')).toHaveTextContent('15, Mittel 4.3');
    expect(barLabels('rounds-chart')).toEqual(['Runde 1: 1 von 1 Gespräch fanden statt']);
    expect(barLabels('ratings-chart')[1]).toBe('Mit 2 von 5 bewertet: 1 Bewertung');
    expect(screen.getByTestId('mentors-table')).toHaveTextContent('—, weniger als');
  });

  it('Chinese: the panel’s buttons, the erase card and the closing-time form', async () => {
    await showLanguage('zh-Hans');
    const [active] = createSignal(true);
    render(() => <ReportPanel api={fakeReportApi()} active={active} eventName="夜" print={() => {}} />);
    await waitFor(() => expect(screen.getByTestId('report-summary')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: '打印摘要' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '清除所有反馈…' })).toBeInTheDocument();
    expect(barLabels('rounds-chart')[1]).toBe('第 2 轮：8 场会面中进行了 7 场');
    cleanup();
    render(() => <FeedbackClosesField view={viewFixture()} http={fakeApi()} />);
    expect(screen.getByText('当前：活动结束 7 天后。')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '保存关闭时间' }));
    expect(screen.getByTestId('feedback-closes-status')).toHaveTextContent('请输入日期和时间，例如 18:00。');
  });
});

describe('the e-mail cards', () => {
  it('German: the Run tab’s card and a person’s mail, names and counts filled in', async () => {
    await showLanguage('de');
    render(() => <SendLinksCard people={people} mail={mailState(enabled)} />);
    expect(screen.getByTestId('mail-counts')).toHaveTextContent(
      '1 von 2 Personen haben eine E-Mail-Adresse · 0 gesendet · 0 unterwegs · 0 fehlgeschlagen',
    );
    expect(screen.getByLabelText('Alle mit E-Mail (1)')).toBeInTheDocument();
    expect(screen.getByText(/Höchstens 30 E-Mails/)).toHaveTextContent('(in Europe/Berlin)');
    fireEvent.click(screen.getByRole('button', { name: 'Persönliche Links senden' }));
    await waitFor(() =>
      expect(screen.getByTestId('mail-said')).toHaveTextContent(
        '2 E-Mails in der Warteschlange: Sie gehen jetzt raus.',
      ),
    );
    cleanup();
    render(() => <PersonMail person={people[0]!} mail={{ state: mailState(enabled), textOf: () => null }} />);
    expect(screen.getByTestId('mail-status')).toHaveTextContent('E-Mail: noch nicht gesendet');
    expect(screen.getByRole('button', { name: 'Link an Ada senden' })).toHaveTextContent('Link senden');
  });

  it('Arabic: a failed mail and what a send skipped, in the page’s words', async () => {
    await showLanguage('ar');
    const failed = mailWords(
      people[0]!,
      {
        personId: 'a',
        status: 'failed',
        address: 'ada@example.org',
        queuedAt: 0,
        attempts: 2,
        nextAttemptAt: null,
        sentAt: null,
        failedAt: 1,
        error: null,
      },
      () => '10:00',
    );
    expect(failed.text).toBe('البريد: فشل بعد محاولتين: لم يُذكر سبب');
    const skipped = ['A', 'B', 'C', 'D'].map((name) => ({ personId: name, name, reason: 'already sent' as const }));
    expect(sendAnswerWords({ queued: 0, skipped })).toBe(
      'لم تُوضع أي رسالة في قائمة الانتظار. لم يُرسل — أُرسل بالفعل: A, B, C و1 آخرون.',
    );
    render(() => <SendLinksCard people={people} mail={mailState(enabled)} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('إرسال الروابط الشخصية بالبريد الإلكتروني');
  });

  it('back in English the same cards read as before', async () => {
    await showLanguage('de');
    await showLanguage('en');
    render(() => <SendLinksCard people={people} mail={mailState(enabled)} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Send personal links by e-mail');
    expect(screen.getByLabelText('Everyone with an e-mail (1)')).toBeInTheDocument();
  });
});
