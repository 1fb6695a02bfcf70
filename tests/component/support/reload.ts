import { fireEvent, within } from '@solidjs/testing-library';
import { expect, vi } from 'vitest';

/** Press "Reload the page" (inside `scope`) and check that it reloads, without reloading the test's page. */
export function pressReload(scope: HTMLElement = document.body): void {
  const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => {});
  try {
    fireEvent.click(within(scope).getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledTimes(1);
  } finally {
    reload.mockRestore();
  }
}
