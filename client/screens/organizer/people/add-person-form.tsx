import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { MenteeInput, MentorInput } from '../../../../shared/schemas/people';
import { consolePeople } from '../../../i18n/catalogues/console-people';
import {
  emptyMenteeDraft,
  emptyMentorDraft,
  forAdding,
  menteeFromDraft,
  mentorFromDraft,
  type DraftErrors,
} from './person-drafts';
import { MenteeFields, MentorFields } from './person-fields';
import { useRoleWords } from '../role-words';
import { draftErrorsFrom } from './server-errors';

const { t, rich } = consolePeople;

/**
 * Add one mentor or mentee (POST people); the fields clear after a successful add. Once the
 * event runs (`atTheDoor`), someone added is a walk-in: checked in at once and seated, like
 * every change at the door, when the organizer reviews and applies the new seating (`onReview`).
 */
export function AddPersonForm(props: {
  mentorNames: () => string[];
  add: (people: { mentors?: MentorInput[]; mentees?: MenteeInput[] }) => Promise<unknown>;
  atTheDoor?: () => boolean;
  onReview?: () => void;
}) {
  const [role, setRole] = createSignal<'mentor' | 'mentee'>('mentee');
  const [mentor, setMentor] = createStore(emptyMentorDraft());
  const [mentee, setMentee] = createStore(emptyMenteeDraft());
  const [errors, setErrors] = createSignal<DraftErrors>({});
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal<{ role: 'mentor' | 'mentee'; name: string; door: boolean } | null>(null);
  const door = () => props.atTheDoor?.() ?? false;
  const words = useRoleWords();

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    setDone(null);
    const checked =
      role() === 'mentor' ? mentorFromDraft(mentor) : menteeFromDraft(mentee, props.mentorNames(), words());
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      const atDoor = door();
      if ('mentor' in checked) {
        await props.add({ mentors: [forAdding(checked.mentor)] });
        setDone({ role: 'mentor', name: checked.mentor.name, door: atDoor });
        setMentor(emptyMentorDraft());
      } else {
        await props.add({ mentees: [forAdding(checked.mentee)] });
        setDone({ role: 'mentee', name: checked.mentee.name, door: atDoor });
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
      <h3 id="add-title">{door() ? t('addWalkIn') : t('addPerson')}</h3>
      <Show when={door()}>
        <p class="muted" data-testid="walk-in-note">
          {t('walkInNote')}
        </p>
      </Show>
      <fieldset class="role-choice">
        <legend>{t('role')}</legend>
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
          {words().mentee}
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
          {words().mentor}
        </label>
      </fieldset>
      <Show
        when={role() === 'mentor'}
        fallback={<MenteeFields idBase="add-mentee" draft={mentee} set={setMentee} errors={errors()} />}
      >
        <MentorFields idBase="add-mentor" draft={mentor} set={setMentor} errors={errors()} />
      </Show>
      <button type="submit" disabled={busy()}>
        {busy() ? t('adding') : t('addRole', { role: words().inline[role()] })}
      </button>
      <div role="status" class="form-status">
        <Show when={done()}>
          {(d) => (
            <p class="ok" data-testid="add-done">
              {rich('added', { role: words().inline[d().role], name: <bdi>{d().name}</bdi> })}
              <Show when={d().door}>
                {' '}
                {t('notSeatedYet')}{' '}
                <Show when={props.onReview}>
                  <button type="button" class="small" onClick={() => props.onReview?.()} data-testid="add-review">
                    {t('reviewApply')}
                  </button>
                </Show>
              </Show>
            </p>
          )}
        </Show>
        <Show when={errors().form}>
          <p class="error">{errors().form}</p>
        </Show>
      </div>
    </form>
  );
}
