import { createSignal, Show } from 'solid-js';
import type { PeerInput } from '../../../../shared/schemas/people';
import { consolePeople } from '../../../i18n/catalogues/console-people';
import { splitList, type DraftErrors } from './person-drafts';
import { draftErrorsFrom } from './server-errors';

const { t, rich } = consolePeople;

/**
 * Add one peer (issue 17, a peer event): a name, the peers they hope to meet or would rather not
 * (names separated by ;), an e-mail. The server checks the names against the event's peers and
 * says which is unknown; the fields clear after a successful add.
 */
export function AddPeerForm(props: { add: (people: { peers: PeerInput[] }) => Promise<unknown> }) {
  const [name, setName] = createSignal('');
  const [wishes, setWishes] = createSignal('');
  const [avoid, setAvoid] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [errors, setErrors] = createSignal<DraftErrors>({});
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal<string | null>(null);

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    setDone(null);
    if (name().trim() === '') return setErrors({ name: t('writeName') });
    setErrors({});
    setBusy(true);
    try {
      const peer: PeerInput = {
        name: name().trim(),
        wishes: splitList(wishes(), ';'),
        avoid: splitList(avoid(), ';'),
        ...(email().trim() ? { email: email().trim() } : {}),
      };
      await props.add({ peers: [peer] });
      setDone(peer.name);
      for (const set of [setName, setWishes, setAvoid, setEmail]) set('');
    } catch (err) {
      setErrors(draftErrorsFrom(err));
    } finally {
      setBusy(false);
    }
  };

  const field = (
    id: string,
    label: string,
    value: () => string,
    set: (v: string) => void,
    key: string,
    hint?: string,
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value()}
        onInput={(e) => set(e.currentTarget.value)}
        aria-invalid={errors()[key] ? 'true' : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <Show when={hint}>
        <p class="muted field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      </Show>
      <Show when={errors()[key]}>{(m) => <p class="error">{m()}</p>}</Show>
    </div>
  );

  return (
    <form class="card add-person" onSubmit={onSubmit} novalidate aria-labelledby="add-title">
      <h3 id="add-title">{t('addPeerTitle')}</h3>
      <fieldset class="role-choice">
        <legend>{t('role')}</legend>
        <label>
          <input type="radio" name="add-role" value="peer" checked /> {t('peer')}
        </label>
      </fieldset>
      {field('add-peer-name', t('fieldName'), name, setName, 'name')}
      {field('add-peer-wishes', t('hopesToMeet'), wishes, setWishes, 'wishes', t('peerNamesHint'))}
      {field('add-peer-avoid', t('ratherNotMeet'), avoid, setAvoid, 'avoid', t('peerNamesHint'))}
      {field('add-peer-email', t('email'), email, setEmail, 'email')}
      <button type="submit" disabled={busy()}>
        {busy() ? t('adding') : t('addPeer')}
      </button>
      <div role="status" class="form-status">
        <Show when={done()}>
          {(n) => (
            <p class="ok" data-testid="add-done">
              {rich('addedPeer', { name: <bdi>{n()}</bdi> })}
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
