import { mkdirSync } from 'node:fs';
import { startSmtp, type TestSmtp } from '../../support/smtp';
import { launchChromium } from './browser';
import { seedEvent } from './event-setup';
import type { Room } from './room';
import { SHOTS } from './screens';
import { startServerProcess } from './server-process';

/**
 * Fill `room` for the e-mail tests: a real SMTP server in the test, the server process sending
 * through it, Chromium, and the seeded event (3 mentors, 5 mentees, 3 rounds of 10 minutes).
 * Returns the SMTP server, to read what arrived and to close after the tests.
 */
export async function openMailRoom(room: Room): Promise<TestSmtp> {
  mkdirSync(SHOTS, { recursive: true });
  const smtp = await startSmtp();
  [room.server, room.browser] = await Promise.all([
    startServerProcess({
      TABLEHOP_SMTP_URL: smtp.url,
      TABLEHOP_MAIL_FROM: 'Spring Mentoring Night <events@example.org>',
    }),
    launchChromium(),
  ]);
  room.ev = await seedEvent(room.server.url, { roundSeconds: 600, changeoverSeconds: 60, rounds: 3 });
  return smtp;
}
