import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { MenteeInput, MentorInput } from '../../../../shared/schemas/people';
import {
  emptyMenteeDraft,
  emptyMentorDraft,
  menteeFromDraft,
  mentorFromDraft,
  type DraftErrors,
} from './person-drafts';
import { MenteeFields, MentorFields } from './person-fields';
import { draftErrorsFrom } from './server-errors';

/** Add one mentor or mentee (POST people); the fields clear after a successful add. */
export function AddPersonForm(props: {
  mentorNames: () => string[];
  add: (people: { mentors?: MentorInput[]; mentees?: MenteeInput[] }) => Promise<unknown>;
}) {
  const [role, setRole] = createSignal<'mentor' | 'mentee'>('mentee');
  const [mentor, setMentor] = createStore(emptyMentorDraft());
  const [mentee, setMentee] = createStore(emptyMenteeDraft());
  const [errors, setErrors] = createSignal<DraftErrors>({});
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal('');

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    setDone('');
    const checked = role() === 'mentor' ? mentorFromDraft(mentor) : menteeFromDraft(mentee, props.mentorNames());
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      if ('mentor' in checked) {
        await props.add({ mentors: [checked.mentor] });
        setDone(`Added mentor ${checked.mentor.name}.`);
        setMentor(emptyMentorDraft());
      } else {
        await props.add({ mentees: [checked.mentee] });
        setDone(`Added mentee ${checked.mentee.name}.`);
        setMentee(emptyMenteeDraft());
      }
    } catch (err) {
      setErrors(draftErrorsFrom(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card add-person" onSubmit={onSubmit} novalidate aria-labelledby="add-title">
      <h3 id="add-title">Add a person</h3>
      <fieldset class="role-choice">
        <legend>Role</legend>
        <label>
          <input
            type="radio"
            name="add-role"
            value="mentee"
            checked={role() === 'mentee'}
            onChange={() => {
              setRole('mentee');
              setErrors({});
            }}
          />{' '}
          Mentee
        </label>
        <label>
          <input
            type="radio"
            name="add-role"
            value="mentor"
            checked={role() === 'mentor'}
            onChange={() => {
              setRole('mentor');
              setErrors({});
            }}
          />{' '}
          Mentor
        </label>
      </fieldset>
      <Show
        when={role() === 'mentor'}
        fallback={<MenteeFields idBase="add-mentee" draft={mentee} set={setMentee} errors={errors()} />}
      >
        <MentorFields idBase="add-mentor" draft={mentor} set={setMentor} errors={errors()} />
      </Show>
      <button type="submit" disabled={busy()}>
        {busy() ? 'Adding…' : `Add ${role()}`}
      </button>
      <div role="status" class="form-status">
        <Show when={done()}>
          <p class="ok" dir="auto">
            {done()}
          </p>
        </Show>
        <Show when={errors().form}>
          <p class="error">{errors().form}</p>
        </Show>
      </div>
    </form>
  );
}
