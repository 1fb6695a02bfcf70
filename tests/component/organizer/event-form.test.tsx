import { describe, expect, it } from 'vitest';
import { consoleLink } from '../../../client/screens/home/console-link';
import {
  fieldErrorsFromIssues,
  formatDuration,
  formValuesFromEvent,
  initialFormValues,
  settingsPatch,
  minutesToSeconds,
  parseDecimal,
  secondsToMinutes,
  settingsFromForm,
  totalSeconds,
  type EventFormValues,
} from '../../../client/screens/home/event-form';

const form = (over: Partial<EventFormValues> = {}): EventFormValues => ({
  ...initialFormValues(),
  name: 'Spring night',
  ...over,
});

describe('minutes and seconds', () => {
  it.each([
    ['8', 480],
    ['1.5', 90],
    ['1,5', 90],
    [' 2 ', 120],
    ['0.1', 6],
    ['.5', 30],
    ['0.01', 1],
    ['0.005', 0],
  ])('%s minutes are %i seconds', (text, seconds) => expect(minutesToSeconds(text)).toBe(seconds));

  it.each(['', 'abc', '1.2.3', '5 min', '1e3', '--1'])('%j is not a number of minutes', (text) =>
    expect(minutesToSeconds(text)).toBeNull(),
  );

  it('parses decimals with either separator', () => {
    expect(parseDecimal('2,25')).toBe(2.25);
    expect(parseDecimal('-3')).toBe(-3);
  });

  it('shows seconds as minutes with at most two decimals', () => {
    expect(secondsToMinutes(480)).toBe('8');
    expect(secondsToMinutes(90)).toBe('1.5');
    expect(secondsToMinutes(10)).toBe('0.17');
  });
});

describe('settingsFromForm', () => {
  it('turns a valid form into the POST /api/events body, minutes into whole seconds', () => {
    const r = settingsFromForm(
      form({
        roundMinutes: '7.5',
        changeoverMinutes: '1,5',
        rounds: '6',
        tableCapacity: '2',
        breaks: [{ key: 1, afterRound: '3', minutes: '10' }],
      }),
    );
    expect(r).toEqual({
      ok: true,
      settings: {
        name: 'Spring night',
        roundSeconds: 450,
        changeoverSeconds: 90,
        rounds: 6,
        tableCapacity: 2,
        breaks: [{ afterRound: 3, seconds: 600 }],
      },
    });
  });

  it('leaves rounds out when empty (one round per mentor)', () => {
    const r = settingsFromForm(form({ rounds: '  ' }));
    expect(r.ok && 'rounds' in r.settings).toBe(false);
  });

  it('names each bad field', () => {
    const r = settingsFromForm(
      form({ name: '  ', roundMinutes: 'ten', changeoverMinutes: '0', rounds: '2.5', tableCapacity: '0' }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.name).toBe('must not be empty');
    expect(r.errors.roundMinutes).toMatch(/number of minutes/);
    expect(r.errors.changeoverMinutes).toBe('must be more than 0 minutes');
    expect(r.errors.rounds).toBe('must be a whole number');
    expect(r.errors.tableCapacity).toBe('must be at least 1');
  });

  it('checks breaks against the rounds and each other', () => {
    const r = settingsFromForm(
      form({
        rounds: '4',
        breaks: [
          { key: 1, afterRound: '2', minutes: '5' },
          { key: 2, afterRound: '2', minutes: '5' },
          { key: 3, afterRound: '4', minutes: 'x' },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors['breaks.1.afterRound']).toMatch(/already set/);
    expect(r.errors['breaks.2.afterRound']).toMatch(/before the last round/);
    expect(r.errors['breaks.2.minutes']).toMatch(/number of minutes/);
    expect(r.errors['breaks.0.afterRound']).toBeUndefined();
  });

  it('refuses rounds longer than a day', () => {
    const r = settingsFromForm(form({ roundMinutes: '1441' }));
    expect(!r.ok && r.errors.roundMinutes).toMatch(/at most 1440 minutes/);
  });
});

describe('fieldErrorsFromIssues', () => {
  it('maps server paths onto the form fields', () => {
    expect(
      fieldErrorsFromIssues([
        { path: 'roundSeconds', message: 'too long' },
        { path: 'breaks.1.seconds', message: 'bad' },
        { path: 'breaks.0.afterRound', message: 'dup' },
        { path: 'plannedStartAt', message: 'nope' },
        { path: 'name', message: 'first' },
        { path: 'name', message: 'second' },
      ]),
    ).toEqual({
      roundMinutes: 'too long',
      'breaks.1.minutes': 'bad',
      'breaks.0.afterRound': 'dup',
      form: 'plannedStartAt: nope',
      name: 'first',
    });
  });
});

describe('total length', () => {
  it('adds rounds, changeovers and breaks when the round count is known', () => {
    expect(
      totalSeconds(
        form({
          rounds: '3',
          roundMinutes: '10',
          changeoverMinutes: '2',
          breaks: [{ key: 1, afterRound: '1', minutes: '15' }],
        }),
      ),
    ).toBe(3 * 600 + 900 + 120);
    expect(totalSeconds(form({ rounds: '' }))).toBeNull();
    expect(formatDuration(3 * 600 + 900 + 120)).toBe('47 min');
    expect(formatDuration(5640)).toBe('1 h 34 min');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(30)).toBe('30 s');
  });
});

describe('consoleLink', () => {
  it('keeps the path of the server link and puts the key in the fragment', () => {
    expect(consoleLink('http://example.org:3000/organize/ev1#key=k1', 'ev1', 'k1')).toBe('/organize/ev1#key=k1');
    expect(consoleLink('/somewhere-else', 'ev 2', 'a/b')).toBe('/organize/ev%202#key=a%2Fb');
  });
});

describe('settings of an existing event', () => {
  const event = {
    name: 'Night',
    roundSeconds: 600,
    changeoverSeconds: 90,
    rounds: 6,
    roundsFixed: true,
    tableCapacity: 2,
    breaks: [{ afterRound: 3, seconds: 600 }],
  };

  it('fills the form from the event and sends back only what changed', () => {
    const values = formValuesFromEvent(event);
    expect(values).toEqual({
      name: 'Night',
      roundMinutes: '10',
      changeoverMinutes: '1.5',
      rounds: '6',
      tableCapacity: '2',
      breaks: [{ key: 1, afterRound: '3', minutes: '10' }],
    });
    const same = settingsFromForm(values);
    expect(same.ok && settingsPatch(event, same.settings)).toEqual({});
    const changed = settingsFromForm({ ...values, roundMinutes: '8', breaks: [] });
    expect(changed.ok && settingsPatch(event, changed.settings)).toEqual({ roundSeconds: 480, breaks: [] });
  });

  it('leaves the rounds alone when the field is empty, and fixes them when set', () => {
    const auto = { ...event, roundsFixed: false };
    expect(formValuesFromEvent(auto).rounds).toBe('');
    const r = settingsFromForm({ ...formValuesFromEvent(auto), rounds: '6' });
    expect(r.ok && settingsPatch(auto, r.settings)).toEqual({ rounds: 6 });
  });
});
