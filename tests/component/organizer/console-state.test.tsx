import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { ConsoleTabs, tabPanelProps } from '../../../client/screens/organizer/console-tabs';
import { initialTab, isConsoleTab, type ConsoleTab } from '../../../client/screens/organizer/initial-tab';
import { newestClock } from '../../../client/screens/organizer/newest-clock';

afterEach(cleanup);

/** A clock of `version` in `status` (what these helpers look at); the rest as each status has it. */
function clock(version: number, status: ClockSnapshot['status'] = 'running'): ClockSnapshot {
  const told = { phase: null, remainingMs: 0, serverNow: 0, version, rounds: 3, phaseCount: 5 };
  switch (status) {
    case 'idle':
      return { ...told, status, phaseEndsAt: null, startedAt: null };
    case 'running':
      return { ...told, status, phaseIndex: 0, phaseEndsAt: 0, startedAt: 0 };
    case 'paused':
      return { ...told, status, phaseIndex: 0, phaseEndsAt: null, startedAt: 0 };
    case 'finished':
      return { ...told, status, endedAt: 0, phaseEndsAt: null, startedAt: null };
  }
}

describe('newestClock', () => {
  it('keeps the highest version whatever the arrival order', () => {
    expect(newestClock(clock(3), clock(5), clock(4))?.version).toBe(5);
    expect(newestClock(null, undefined)).toBeNull();
    const a = clock(2, 'running');
    const b = clock(2, 'paused');
    expect(newestClock(a, b)).toBe(b);
  });
});

describe('initialTab', () => {
  it('opens where the organizer most likely is', () => {
    expect(initialTab({ clock: clock(0, 'idle'), schedule: null })).toBe('people');
    expect(initialTab({ clock: clock(0, 'idle'), schedule: { mentors: [], mentees: [], rounds: [] } })).toBe('plan');
    expect(initialTab({ clock: clock(1, 'running'), schedule: null })).toBe('run');
    expect(initialTab({ clock: clock(1, 'finished'), schedule: null })).toBe('run');
    expect(isConsoleTab('plan')).toBe(true);
    expect(isConsoleTab('admin')).toBe(false);
  });
});

describe('ConsoleTabs', () => {
  it('is an ARIA tab list moved with the arrow keys', () => {
    const [tab, setTab] = createSignal<ConsoleTab>('people');
    render(() => (
      <>
        <ConsoleTabs
          label="Sections"
          selected={tab()}
          onSelect={setTab}
          tabs={[
            { key: 'people', label: 'People' },
            { key: 'plan', label: 'Plan' },
            { key: 'run', label: 'Run' },
          ]}
        />
        <section {...tabPanelProps('people', tab() === 'people')}>people panel</section>
        <section {...tabPanelProps('run', tab() === 'run')}>run panel</section>
      </>
    ));
    const people = screen.getByRole('tab', { name: 'People' });
    expect(people).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('tabindex', '-1');
    fireEvent.keyDown(people, { key: 'ArrowLeft' });
    expect(tab()).toBe('run');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Run' }));
    expect(screen.getByRole('tabpanel', { name: 'Run' })).toHaveTextContent('run panel');
    expect(screen.getByText('people panel')).not.toBeVisible();
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(tab()).toBe('people');
    fireEvent.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(tab()).toBe('plan');
  });
});
