import { For, Show } from 'solid-js';
import type { OrganizerMentee, OrganizerMentor, OrganizerView } from '../../../../shared/protocol/views';
import type { OrganizerApi } from '../organizer-api';
import { AddPersonForm } from './add-person-form';
import { CsvImport } from './csv-import';
import { menteeDraft, menteeFromDraft, mentorDraft, mentorFromDraft, type MenteeBody, type MenteeDraft, type MentorBody, type MentorDraft } from './person-drafts';
import { MenteeFields, MentorFields } from './person-fields';
import { PersonItem } from './person-item';

/** People: the mentors and mentees in editable lists, adding one, and the CSV import. */
export function PeoplePanel(props: { view: OrganizerView; http: OrganizerApi; refresh: () => Promise<void> }) {
  const mentorName = (id: string) => props.view.mentors.find((m) => m.id === id)?.name ?? id;
  const mentorNames = () => props.view.mentors.map((m) => m.name);
  const after = <T,>(p: Promise<T>) => p.then(async (r) => { await props.refresh(); return r; });

  return (
    <div class="people-panel">
      <div class="people-lists">
        <section class="card" aria-labelledby="mentors-title">
          <h3 id="mentors-title">Mentors ({props.view.mentors.length})</h3>
          <Show when={props.view.mentors.length > 0} fallback={<p class="muted">No mentors yet. Add them below or import a CSV.</p>}>
            <ul class="person-list">
              <For each={props.view.mentors}>
                {(m: OrganizerMentor) => (
                  <PersonItem<MentorDraft, MentorBody>
                    idBase={`mentor-${m.id}`}
                    role="mentor"
                    name={m.name}
                    details={
                      <p class="person-meta">
                        <span class="badge">{m.table}</span>
                        <Show when={m.topics.length > 0}> <span dir="auto">{m.topics.join(' · ')}</span></Show>
                        <Show when={m.bio}><span class="person-bio muted" dir="auto">{m.bio}</span></Show>
                      </p>
                    }
                    startDraft={() => mentorDraft(m)}
                    fields={(d, set, errors) => <MentorFields idBase={`edit-${m.id}`} draft={d} set={set} errors={errors} />}
                    check={(d) => { const r = mentorFromDraft(d); return r.ok ? { ok: true, patch: r.mentor } : r; }}
                    save={(patch) => after(props.http.patchPerson(m.id, patch))}
                    remove={() => after(props.http.deletePerson(m.id))}
                  />
                )}
              </For>
            </ul>
          </Show>
        </section>
        <section class="card" aria-labelledby="mentees-title">
          <h3 id="mentees-title">Mentees ({props.view.mentees.length})</h3>
          <Show when={props.view.mentees.length > 0} fallback={<p class="muted">No mentees yet.</p>}>
            <ul class="person-list">
              <For each={props.view.mentees}>
                {(m: OrganizerMentee) => (
                  <PersonItem<MenteeDraft, MenteeBody>
                    idBase={`mentee-${m.id}`}
                    role="mentee"
                    name={m.name}
                    details={
                      <div class="person-meta">
                        <Show when={m.questions.length > 0} fallback={<p class="muted">No questions yet.</p>}>
                          <ul class="questions"><For each={m.questions}>{(q) => <li dir="auto">{q}</li>}</For></ul>
                        </Show>
                        <Show when={m.wishes.length > 0}><p>Wishes: <bdi>{m.wishes.map(mentorName).join(', ')}</bdi></p></Show>
                        <Show when={m.avoid.length > 0}><p>Avoids: <bdi>{m.avoid.map(mentorName).join(', ')}</bdi></p></Show>
                      </div>
                    }
                    startDraft={() => menteeDraft(m, mentorName)}
                    fields={(d, set, errors) => <MenteeFields idBase={`edit-${m.id}`} draft={d} set={set} errors={errors} />}
                    check={(d) => {
                      const r = menteeFromDraft(d, mentorNames());
                      return r.ok ? { ok: true, patch: r.mentee } : r;
                    }}
                    save={(patch) => after(props.http.patchPerson(m.id, patch))}
                    remove={() => after(props.http.deletePerson(m.id))}
                  />
                )}
              </For>
            </ul>
          </Show>
        </section>
      </div>
      <div class="people-add">
        <AddPersonForm mentorNames={mentorNames} add={(people) => after(props.http.addPeople(people))} />
        <CsvImport importCsv={(text) => after(props.http.importCsv(text))} />
      </div>
    </div>
  );
}
