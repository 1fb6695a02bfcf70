/**
 * The participants CSV's problems in the console's language (issue 19): the import's preview and
 * a server's refusal list each bad line with `line N` and the problem in the page's words (the
 * `consoleCsv` namespace for the reader's codes, `issues` for zod's and the rules'), the column
 * names as the file spells them; English stays the parser's and server's text word for word.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it } from 'vitest';
import arIssues from '../../../client/i18n/catalogues/ar/issues';
import { consoleSignup } from '../../../client/i18n/catalogues/console-signup';
import deIssues from '../../../client/i18n/catalogues/de/issues';
import { showLanguage } from '../../../client/i18n/current-language';
import { ApiError } from '../../../client/live/api';
import { CsvImport } from '../../../client/screens/organizer/people/csv-import';
import { parseParticipantsCsv } from '../../../shared/csv';
import type { Issue } from '../../../shared/schemas/errors';

afterEach(async () => {
  cleanup();
  await showLanguage('en');
});

const GOOD = 'role,name\nmentor,Grace Hopper\nmentee,Zoë';
const BAD = [
  'role,name,wishes',
  'mentr,Ada,', // line 2
  'mentee,,', // line 3
  'mentor,Grace Hopper,Sam', // line 4
  'mentee,Sam,Grace Hoper', // line 5
  'mentee,SAM,', // line 6
].join('\n');

/** What the server may refuse a file with: its parser's codes, the rules', none, a newer one, a cut list. */
const REFUSED: Issue[] = [
  {
    path: 'line 3',
    message: 'name: "SAM" is already a mentee on line 2',
    code: 'csvNameTwice',
    params: { name: 'SAM', role: 'mentee', firstLine: 2, field: 'name' },
  },
  {
    path: 'line 4',
    message: 'table: table "T1" is already taken by Ada',
    code: 'tableTaken',
    params: { table: 'T1', holder: 'Ada', field: 'table' },
  },
  { path: 'line 5', message: 'name: must not be empty' },
  {
    path: 'line 6',
    message: 'email: a check this console does not know',
    code: 'csvNewer',
    params: { field: 'email' },
  },
  {
    path: 'line 7',
    message: 'table: "T9" is already the table of "Bo" on line 2',
    code: 'csvTableTwice',
    params: { table: 'T9', field: 'table' },
  },
  { path: '(more)', message: 'and 3 more problems', code: 'moreProblems', params: { count: 3 } },
];

const format = (icu: string, lang: string, params: Record<string, string | number>) =>
  String(new IntlMessageFormat(icu, lang).format(params));

const paste = (text: string) =>
  fireEvent.input(screen.getByLabelText(consoleSignup.t('csvPaste')), { target: { value: text } });
const linesIn = (el: HTMLElement) =>
  within(el)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

/** Paste the bad file, then a good one that the server refuses; the lines of each. */
async function previewAndRefusal(): Promise<{ preview: (string | null)[]; refused: (string | null)[] }> {
  const refuse = async () => {
    throw new ApiError(400, 'bad_request', 'the CSV has problems; nothing was added', REFUSED);
  };
  render(() => <CsvImport importCsv={refuse} />);
  paste(BAD);
  const preview = linesIn(screen.getByTestId('csv-issues'));
  paste(GOOD);
  fireEvent.click(screen.getByRole('button', { name: consoleSignup.t('csvImport') }));
  await waitFor(() => expect(within(screen.getByTestId('csv-result')).queryAllByRole('listitem')).not.toEqual([]));
  return { preview, refused: linesIn(screen.getByTestId('csv-result')) };
}

describe('the CSV problems in the console language', () => {
  it('English: the parser and the server word for word', async () => {
    const { preview, refused } = await previewAndRefusal();
    const parsed = parseParticipantsCsv(BAD);
    expect(parsed.ok).toBe(false);
    expect(preview).toEqual(parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`));
    expect(preview).toEqual([
      'line 2: role: "mentr" is not a role — did you mean mentor?',
      'line 3: name: must not be empty',
      'line 4: wishes: only mentees have wishes; this row is a mentor',
      'line 5: wishes: "Grace Hoper" names no mentor — did you mean "Grace Hopper"?',
      'line 6: name: "SAM" is already a mentee on line 5',
    ]);
    expect(refused).toEqual(REFUSED.map((i) => `${i.path}: ${i.message}`));
  });

  it('German: each line and problem in German, the columns as the file spells them', async () => {
    await showLanguage('de');
    const { preview, refused } = await previewAndRefusal();
    expect(preview).toEqual([
      'Zeile 2: role: „mentr“ ist keine Rolle – meinten Sie mentor?',
      `Zeile 3: name: ${deIssues.empty}`,
      'Zeile 4: wishes: nur Mentees füllen diese Spalte aus; in dieser Zeile steht ein Mentor',
      'Zeile 5: wishes: in der Datei gibt es keinen Mentor „Grace Hoper“ – meinten Sie „Grace Hopper“?',
      'Zeile 6: name: „SAM“ steht schon als Mentee in Zeile 5',
    ]);
    expect(refused).toEqual([
      'Zeile 3: name: „SAM“ steht schon als Mentee in Zeile 2',
      `Zeile 4: table: ${format(deIssues.tableTaken, 'de', { table: 'T1', holder: 'Ada' })}`,
      // No code, a code this console does not know, a param missing: the server's English words.
      'Zeile 5: name: must not be empty',
      'Zeile 6: email: a check this console does not know',
      'Zeile 7: table: "T9" is already the table of "Bo" on line 2',
      `(more): ${format(deIssues.moreProblems, 'de', { count: 3 })}`,
    ]);
  });

  it('Arabic: each line and problem in Arabic', async () => {
    await showLanguage('ar');
    const { preview, refused } = await previewAndRefusal();
    expect(preview).toEqual([
      'السطر 2: role: "mentr" ليس دورًا — هل تقصد mentor؟',
      `السطر 3: name: ${arIssues.empty}`,
      'السطر 4: wishes: هذا العمود للمسترشدين فقط؛ وهذا الصف لمرشد',
      'السطر 5: wishes: لا يوجد في الملف مرشد باسم "Grace Hoper" — هل تقصد "Grace Hopper"؟',
      'السطر 6: name: "SAM" مسجّل بالفعل بصفة مسترشد في السطر 5',
    ]);
    expect(refused.slice(0, 2)).toEqual([
      'السطر 3: name: "SAM" مسجّل بالفعل بصفة مسترشد في السطر 2',
      `السطر 4: table: ${format(arIssues.tableTaken, 'ar', { table: 'T1', holder: 'Ada' })}`,
    ]);
    expect(refused[2]).toBe('السطر 5: name: must not be empty');
  });

  it('French, Spanish and Chinese: the line and the problem their way', async () => {
    const expected = {
      fr: 'ligne 2 : role : « mentr » n’est pas un rôle — vouliez-vous dire mentor ?',
      es: 'línea 2: role: «mentr» no es un rol; ¿querías decir mentor?',
      'zh-Hans': '第 2 行：role：“mentr”不是角色——是不是想写 mentor？',
    } as const;
    for (const [lang, line] of Object.entries(expected)) {
      await showLanguage(lang as keyof typeof expected);
      render(() => <CsvImport importCsv={async () => ({})} />);
      paste(BAD);
      expect(linesIn(screen.getByTestId('csv-issues'))[0], lang).toBe(line);
      cleanup();
    }
  });
});
