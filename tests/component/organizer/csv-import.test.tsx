import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../client/live/api';
import { CsvImport } from '../../../client/screens/organizer/people/csv-import';
import { previewCsv } from '../../../client/screens/organizer/people/csv-preview';

afterEach(cleanup);

const GOOD = `role,name,table,topics,questions,wishes
mentor,Grace Hopper,T1,compilers;careers,,
mentor,李雷,,design,,
mentee,Zoë,,,How do I start?|What to read?,Grace Hopper
mentee,عمر,,,,`;

const BAD = `role,name,table,topics,questions,wishes
mentor,Grace Hopper,T1,compilers,,
mentee,,,,,
captain,Ada,,,,
mentee,Zoë,,,,Nobody`;

describe('previewCsv', () => {
  it('says what an import would add', () => {
    expect(previewCsv(GOOD)).toEqual({
      state: 'ready',
      mentors: ['Grace Hopper', '李雷'],
      mentees: ['Zoë', 'عمر'],
      summary: 'Ready to import 2 mentors and 2 mentees.',
    });
    expect(previewCsv('  \n')).toEqual({ state: 'empty' });
  });

  it('lists every bad line', () => {
    const p = previewCsv(BAD);
    expect(p.state).toBe('invalid');
    if (p.state !== 'invalid') return;
    expect(p.lines).toEqual([
      expect.stringMatching(/^line 3: name: /),
      expect.stringMatching(/^line 4: role: "captain" is not a role/),
      expect.stringMatching(/^line 5: wishes: "Nobody" names no mentor/),
    ]);
    expect(p.summary).toBe('3 problems found. Nothing will be saved until the file is fixed.');
  });
});

describe('CsvImport', () => {
  const paste = (text: string) =>
    fireEvent.input(screen.getByLabelText('Or paste the CSV here'), { target: { value: text } });

  it('shows each bad line before anything is saved, and will not import', () => {
    const importCsv = vi.fn(async () => ({}));
    render(() => <CsvImport importCsv={importCsv} />);
    paste(BAD);
    const issues = screen.getByTestId('csv-issues');
    expect(issues.querySelectorAll('li')).toHaveLength(3);
    expect(issues).toHaveTextContent('line 4: role: "captain" is not a role');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(importCsv).not.toHaveBeenCalled();
  });

  it('imports a good file and says so', async () => {
    const importCsv = vi.fn(async () => ({}));
    const onImported = vi.fn();
    render(() => <CsvImport importCsv={importCsv} onImported={onImported} />);
    paste(GOOD);
    expect(screen.getByTestId('csv-preview')).toHaveTextContent('Ready to import 2 mentors and 2 mentees.');
    expect(screen.getByTestId('csv-preview')).toHaveTextContent('Mentees: Zoë, عمر.');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByTestId('csv-result')).toHaveTextContent('Imported: 2 mentors and 2 mentees.'),
    );
    expect(importCsv).toHaveBeenCalledWith(GOOD);
    expect(onImported).toHaveBeenCalled();
    expect(screen.getByLabelText('Or paste the CSV here')).toHaveValue('');
  });

  it("lists the server's bad lines when it refuses the file", async () => {
    const importCsv = vi.fn(async () => {
      throw new ApiError(400, 'bad_request', '1 problem in the file', [
        { path: 'line 2', message: 'table: "T1" is already taken by Ada' },
      ]);
    });
    render(() => <CsvImport importCsv={importCsv} />);
    paste(GOOD);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByTestId('csv-result')).toHaveTextContent(
        'The server refused the file: 1 problem in the file. Nothing was saved.',
      ),
    );
    expect(screen.getByTestId('csv-result')).toHaveTextContent('line 2: table: "T1" is already taken by Ada');
    expect(screen.getByLabelText('Or paste the CSV here')).toHaveValue(GOOD);
  });

  it('reads an uploaded file into the preview', async () => {
    render(() => <CsvImport importCsv={async () => ({})} />);
    const file = new File([GOOD], 'people.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Upload a CSV file'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByTestId('csv-preview')).toHaveTextContent('Ready to import 2 mentors and 2 mentees.'),
    );
  });

  it('one typo reads as one problem, with what was most likely meant', () => {
    const typo = 'role,name,wishes\nmentr,Hannah Schmidt,\nmentor,Grace Hopper,\nmentee,Sam,Hannah Schmidt;Grace Hoper';
    render(() => <CsvImport importCsv={vi.fn()} />);
    fireEvent.input(screen.getByLabelText('Or paste the CSV here'), { target: { value: typo } });
    const lines = [...screen.getByTestId('csv-issues').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'line 2: role: "mentr" is not a role — did you mean mentor?',
      'line 4: wishes: "Grace Hoper" names no mentor — did you mean "Grace Hopper"?',
    ]);
  });

  it('lists the names it would import each in its own isolate', () => {
    render(() => <CsvImport importCsv={vi.fn()} />);
    fireEvent.input(screen.getByLabelText('Or paste the CSV here'), { target: { value: GOOD } });
    const names = [...screen.getByTestId('csv-preview').querySelectorAll('[dir="auto"]')].map((n) => n.textContent);
    expect(names).toEqual(['Grace Hopper', '李雷', 'Zoë', 'عمر']);
  });
});
