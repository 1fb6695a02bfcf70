import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser';
import { seedEvent, type SeededEvent } from './event-setup';
import { recordPageLog, SHOTS } from './screens';
import { startServerProcess, type ServerProcess } from './server-process';

/*
 * Why this exists: every Chromium e2e file needs the same room to test in (a real server
 * process, one Chromium, maybe a seeded event, a fresh browser context per screen, their
 * page errors collected and everything closed afterwards). It used to be copied into each
 * file; `useRoom()` sets it up once per describe block instead.
 */

/** A phone of 390×844 CSS px at 2× pixels, with touch. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export interface RoomOptions {
  /** Seed an event (`room.ev`) once the server is up. */
  seed?: Parameters<typeof seedEvent>[1];
  /** After all tests, expect no uncaught error in any page from `newPage` (default true). */
  checkPageErrors?: boolean;
}

/** What a describe block tests against; filled in by its `beforeAll`. */
export class Room {
  server!: ServerProcess;
  browser!: Browser;
  /** The event seeded with `useRoom({ seed })`. */
  ev!: SeededEvent;
  /** The uncaught errors of the pages from `newPage`. */
  readonly pageErrors: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  /** A blank page in a fresh context (closed after all tests), its errors collected and its log kept. */
  async newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.browser.newContext(options);
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => this.pageErrors.push(String(e)));
    recordPageLog(page);
    return page;
  }

  /** `newPage`, then go to `link`. */
  async open(link: string, options: BrowserContextOptions = {}): Promise<Page> {
    const page = await this.newPage(options);
    await page.goto(link);
    return page;
  }

  async closeAll(): Promise<void> {
    for (const c of this.contexts) await c.close();
    await this.browser?.close();
    await this.server?.stop();
  }
}

/** Call inside a `describe`: start the server and Chromium before its tests, close them after. */
export function useRoom(options: RoomOptions = {}): Room {
  const room = new Room();
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [room.server, room.browser] = await Promise.all([startServerProcess(), launchChromium()]);
    if (options.seed) room.ev = await seedEvent(room.server.url, options.seed);
  });
  afterAll(async () => {
    await room.closeAll();
    if (options.checkPageErrors ?? true) expect(room.pageErrors).toEqual([]);
  });
  return room;
}
