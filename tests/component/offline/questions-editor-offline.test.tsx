import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionsSave } from '../../../client/live/questions-outbox';
import { QuestionsEditor } from '../../../client/screens/mentee/questions-editor';

afterEach(cleanup);
const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(saved: string[] = ['Is a PhD worth it?']) {
  const [waiting, setWaiting] = createSignal<string[] | null>(null);
  const [refusal, setRefusal] = createSignal<any>(null);
  const save = async (questions: string[]): Promise<QuestionsSave> => {
    setWaiting(questions);
    return { ok: true, queued: true, data: { questions } };
  };
  render(() => <QuestionsEditor saved={waiting() ?? saved} save={save} pending={{ waiting, refusal }} />);
  return { setWaiting, setRefusal };
}

describe('QuestionsEditor with an outbox (issue 20)', () => {
  it('an edit saved offline reads "kept on this phone", then "Saved" once the server took it', async () => {
    const { setWaiting } = setup();
    fireEvent.input(screen.getByLabelText('Question 1'), { target: { value: 'Remote or office?' } });
    fireEvent.submit(screen.getByTestId('questions-form'));
    await settle();
    expect(screen.getByTestId('questions-queued')).toHaveTextContent('Kept on this phone');
    setWaiting(null);
    expect(screen.getByTestId('save-state')).toHaveTextContent('✓ Saved');
  });

  it('after a reload an edit still waiting says so', () => {
    const { setWaiting } = setup();
    setWaiting(['Remote or office?']);
    expect(screen.getByTestId('questions-queued')).toBeInTheDocument();
    expect(screen.getByLabelText('Question 1')).toHaveValue('Remote or office?');
  });

  it('a refusal on reconnect is shown with its reason, and the text stays in the boxes', async () => {
    const { setWaiting, setRefusal } = setup();
    fireEvent.input(screen.getByLabelText('Question 1'), { target: { value: 'Remote or office?' } });
    fireEvent.submit(screen.getByTestId('questions-form'));
    await settle();
    setRefusal({ code: 'conflict', message: 'the event has ended; questions can no longer change' });
    setWaiting(null);
    expect(screen.getByTestId('save-state')).toHaveTextContent(
      'Not saved: the event has ended; questions can no longer change',
    );
    expect(screen.getByLabelText('Question 1')).toHaveValue('Remote or office?');
  });
});
