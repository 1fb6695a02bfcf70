import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { SaveLinkNotice } from '../../../client/screens/organizer/save-link-notice';
import { isNewEvent, markNewEvent } from '../../../client/screens/home/new-event';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const LINK = 'http://localhost:3000/organize/ev1#key=secret-key';

describe('SaveLinkNotice', () => {
  it('right after creating the event: says plainly the link is the only way back in, with a copy button', () => {
    markNewEvent('ev1');
    render(() => <SaveLinkNotice eventId="ev1" link={LINK} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Save this link — it is the only way back in as organizer' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Your console link')).toHaveValue(LINK);
    expect(screen.getByRole('button', { name: 'Copy the console link' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'I have saved it' }));
    expect(screen.queryByTestId('save-link')).toBeNull();
    expect(isNewEvent('ev1')).toBe(false);
  });

  it('says nothing when the console was opened any other way', () => {
    markNewEvent('another-event');
    render(() => <SaveLinkNotice eventId="ev1" link={LINK} />);
    expect(screen.queryByTestId('save-link')).toBeNull();
  });
});
