import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor } from '../../../client/screens/organizer/run/shortcuts';

function el(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  document.body.appendChild(box);
  return box.firstElementChild as HTMLElement;
}

describe('shortcutFor', () => {
  it('maps Space, N and E (either case)', () => {
    expect(shortcutFor({ key: ' ', target: document.body })).toBe('pause-resume');
    expect(shortcutFor({ key: 'n', target: document.body })).toBe('skip');
    expect(shortcutFor({ key: 'N', target: document.body })).toBe('skip');
    expect(shortcutFor({ key: 'e', target: document.body })).toBe('extend');
    expect(shortcutFor({ key: 'x', target: document.body })).toBeNull();
  });

  it('ignores modified and held-down keys', () => {
    expect(shortcutFor({ key: 'n', ctrlKey: true, target: document.body })).toBeNull();
    expect(shortcutFor({ key: 'e', metaKey: true, target: document.body })).toBeNull();
    expect(shortcutFor({ key: 'n', altKey: true, target: document.body })).toBeNull();
    expect(shortcutFor({ key: 'n', repeat: true, target: document.body })).toBeNull();
  });

  it('leaves keys alone while typing', () => {
    for (const html of [
      '<input type="text">',
      '<input>',
      '<input type="search">',
      '<textarea></textarea>',
      '<select><option>a</option></select>',
      '<div contenteditable="true"></div>',
    ]) {
      const target = el(html);
      expect(isTypingTarget(target), html).toBe(true);
      expect(shortcutFor({ key: 'n', target }), html).toBeNull();
      expect(shortcutFor({ key: ' ', target }), html).toBeNull();
    }
  });

  it('lets Space press a focused button instead of pausing, but N still skips', () => {
    const button = el('<button>Copy</button>');
    expect(shortcutFor({ key: ' ', target: button })).toBeNull();
    expect(shortcutFor({ key: 'n', target: button })).toBe('skip');
    expect(isTypingTarget(el('<input type="checkbox">'))).toBe(false);
  });
});
