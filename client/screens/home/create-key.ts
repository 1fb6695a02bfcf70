import { createResource, createSignal, type Accessor } from 'solid-js';
import { instanceInfoSchema } from '../../../shared/protocol/answers';
import { api } from '../../live/api';

/** Whether this server lets only invited organizers create events, and the code typed for it. */
export interface CreateKey {
  required: Accessor<boolean>;
  value: Accessor<string>;
  setValue: (v: string) => void;
  /** The bearer for POST /api/events and /api/events/import: the code when required, else none. */
  secret: () => string | null;
}

/**
 * A hosted Tablehop (TABLEHOP_CREATE_KEY set) asks for an access code before creating or
 * importing an event; GET /api/instance says whether this one does. If the question cannot be
 * answered (an older server, no network yet), the form carries on without the field: the
 * server's 401 then says what is missing.
 */
export function createCreateKey(): CreateKey {
  const [info] = createResource(() => api('/api/instance', instanceInfoSchema).catch(() => null));
  const [value, setValue] = createSignal('');
  const required = () => info()?.createKeyRequired === true;
  return { required, value, setValue, secret: () => (required() && value().trim() ? value().trim() : null) };
}
