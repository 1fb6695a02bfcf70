import { render } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { vi } from 'vitest';
import type { SignupOpenness } from '../../../shared/event/rules/registration';
import type { RoleCounts } from '../../../shared/event/views/signup-view';
import type { DecisionBody, Registration } from '../../../shared/schemas/registration';
import { PeoplePanel } from '../../../client/screens/organizer/people/people-panel';
import type {
  RegistrationApi,
  RegistrationRequest,
  RegistrationsAnswer,
  ShownRegistration,
} from '../../../client/screens/organizer/people/registration-api';
import { fakeApi, viewFixture } from './fixtures';

/** Sign-up status as the server words it: open, or closed for `reason`. */
export const openStatus: SignupOpenness = {
  open: true,
  reason: null,
  message: null,
  closesAt: null,
  roles: { mentee: { open: true }, mentor: { open: true } },
};
export function closedStatus(reason: 'closed' | 'closes-at' | 'ended', message: string): SignupOpenness {
  const role = { open: false as const, reason, message };
  return { open: false, reason, message, closesAt: null, roles: { mentee: role, mentor: role } };
}

export const QR_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 21 21"><path d="M0 0h7v7H0z"/></svg>';

/** Sign-up settings as the server answers them: open, code 1, no limits. */
export function shown(over: Partial<ShownRegistration> = {}): ShownRegistration {
  return {
    open: true,
    closesAt: null,
    maxMentees: null,
    maxMentors: null,
    approval: 'auto',
    consentText: '',
    codeVersion: 1,
    link: 'http://tablehop.test/join/ev1#code=first',
    qrSvg: QR_SVG,
    status: openStatus,
    ...over,
  };
}

export const counts = (over: Partial<RoleCounts> = {}): RoleCounts => ({
  pending: 0,
  waitListed: 0,
  refused: 0,
  registered: 0,
  inEvent: 0,
  placesTaken: 0,
  max: null,
  ...over,
});

/** GET …/registrations of an event whose sign-up was never opened (override any part). */
export function answer(over: Partial<RegistrationsAnswer> = {}): RegistrationsAnswer {
  return {
    registration: null,
    status: closedStatus('closed', 'registration is closed'),
    counts: { mentee: counts(), mentor: counts() },
    pending: [],
    waitListed: [],
    refused: [],
    ...over,
  };
}

/** An answer with sign-up open, these settings. */
export const openAnswer = (reg: Partial<ShownRegistration> = {}, over: Partial<RegistrationsAnswer> = {}) =>
  answer({ registration: shown(reg), status: openStatus, ...over });

/** A mentee's sign-up waiting for the organizer, wishing for both fixture mentors. */
export function reg(over: Partial<Registration> = {}): Registration {
  return {
    id: 'r1',
    role: 'mentee',
    name: 'Ada',
    email: 'ada@example.org',
    questions: ['How do I start?', 'What next?'],
    wishes: ['m1', 'm2'],
    avoid: [],
    topics: [],
    status: 'pending',
    at: 1_900_000_000_000,
    updatedAt: 1_900_000_000_000,
    ...over,
  };
}

/** A RegistrationApi whose GET answers `now()` (change it with `serve`); the writes answer success. */
export function fakeSignupApi(first: RegistrationsAnswer) {
  let current = first;
  const api = {
    list: vi.fn(async () => current),
    set: vi.fn(async (body: RegistrationRequest) => ({
      registration: shown({ open: body.open, approval: body.approval ?? 'auto' }),
    })),
    newCode: vi.fn(async () => ({
      registration: shown({ codeVersion: 2, link: 'http://tablehop.test/join/ev1#code=second' }),
      code: 'second',
    })),
    decide: vi.fn(async (id: string, body: DecisionBody) => ({
      registration: reg({ id, status: body.action === 'refuse' ? 'refused' : 'wait-listed' }),
    })),
  } satisfies RegistrationApi;
  return { api, serve: (a: RegistrationsAnswer) => (current = a) };
}

/** The People panel with self sign-up on the fixture view, which the test pushes (`push`). */
export function renderPanel(api: RegistrationApi) {
  const [view, push] = createSignal(viewFixture());
  render(() => <PeoplePanel view={view()} http={fakeApi()} signup={api} />);
  return { view, push };
}
