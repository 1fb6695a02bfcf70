import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HomePage from '../../../client/screens/home/home-page';
import { deviceTimeZone } from '../../../client/screens/home/time-zone-field';
import { RoleNamesCard } from '../../../client/screens/organizer/plan/role-names-card';
import { fakeApi, viewFixture } from '../organizer/fixtures';

// The event's time zone (issue 19, settings.timeZone) on the create form and the console card.

let bodies: Record<string, unknown>[] = [];
beforeEach(() => {
  bodies = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (url === '/api/instance') return new Response(JSON.stringify({ createKeyRequired: false }), { status: 200 });
    bodies.push(JSON.parse(String(init?.body)));
    const error = { error: { code: 'bad_request', message: 'invalid settings', issues: [] } };
    return new Response(JSON.stringify(error), { status: 400 });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const create = () => fireEvent.click(screen.getByRole('button', { name: 'Create the event' }));

describe('home form: the time zone', () => {
  it("starts at the organizer's own zone and sends it", async () => {
    render(() => <HomePage />);
    expect(screen.getByLabelText('Time zone')).toHaveValue(deviceTimeZone());
    type('Event name', 'Night');
    create();
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]!.timeZone).toBe(deviceTimeZone());
  });

  it('sends a zone typed in any case as Intl spells it', async () => {
    render(() => <HomePage />);
    type('Event name', 'Night');
    type('Time zone', 'asia/tokyo');
    create();
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]!.timeZone).toBe('Asia/Tokyo');
  });

  it('sends no zone when the field is emptied (the event then has none of its own)', async () => {
    render(() => <HomePage />);
    type('Event name', 'Night');
    type('Time zone', '  ');
    create();
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).not.toHaveProperty('timeZone');
  });

  it('names what is not a zone at its field and sends nothing', async () => {
    render(() => <HomePage />);
    type('Event name', 'Night');
    type('Time zone', 'Mars/Olympus');
    create();
    const field = screen.getByLabelText('Time zone');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/Not a time zone: pick one from the list, such as Europe\/Berlin\./);
    expect(bodies).toHaveLength(0);
    // Fixed, the error goes while typing.
    type('Time zone', 'Europe/Paris');
    await waitFor(() => expect(field).not.toHaveAttribute('aria-invalid'));
  });

  it('suggests the zones the browser knows', () => {
    render(() => <HomePage />);
    const list = document.getElementById(screen.getByLabelText('Time zone').getAttribute('list')!)!;
    const zones = [...list.querySelectorAll('option')].map((o) => o.value);
    expect(zones).toContain('Europe/Berlin');
    expect(zones.length).toBeGreaterThan(300);
  });
});

describe('console card: the time zone', () => {
  it("shows the event's zone, sends only a change, and follows a pushed view", async () => {
    const http = fakeApi();
    const base = viewFixture();
    const [view, push] = createSignal({ ...base, event: { ...base.event, timeZone: 'Europe/Berlin' } });
    render(() => <RoleNamesCard view={view()} http={http} />);
    const field = screen.getByLabelText('Time zone');
    expect(field).toHaveValue('Europe/Berlin');
    type('Time zone', 'America/New_York');
    fireEvent.click(screen.getByRole('button', { name: 'Save names and language' }));
    await waitFor(() => expect(http.patchSettings).toHaveBeenCalledWith({ timeZone: 'America/New_York' }));
    push({ ...base, event: { ...base.event, timeZone: 'Asia/Tokyo' } });
    await waitFor(() => expect(field).toHaveValue('Asia/Tokyo'));
    type('Time zone', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save names and language' }));
    await waitFor(() => expect(http.patchSettings).toHaveBeenLastCalledWith({ timeZone: null }));
  });

  it('refuses what is not a zone at its field and sends nothing', async () => {
    const http = fakeApi();
    render(() => <RoleNamesCard view={viewFixture()} http={http} />);
    type('Time zone', 'Nowhere/Else');
    fireEvent.click(screen.getByRole('button', { name: 'Save names and language' }));
    await waitFor(() => expect(screen.getByLabelText('Time zone')).toHaveAttribute('aria-invalid', 'true'));
    expect(http.patchSettings).not.toHaveBeenCalled();
  });
});
