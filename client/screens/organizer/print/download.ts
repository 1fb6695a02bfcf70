import { consoleShare } from '../../../i18n/catalogues/console-share';
import { ApiError } from '../../../live/api';

/** The file name a Content-Disposition header gives, if any. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      /* fall through */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1]?.trim() || fallback;
}

/**
 * Download an organizer-only file (CSV, backup): fetched with the key in the Authorization
 * header (a plain link cannot carry it, and keys never go in URLs), then saved from a blob.
 */
export async function downloadWithKey(path: string, key: string, fallbackName: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { authorization: `Bearer ${key}` } });
  } catch {
    throw new ApiError(0, 'network', consoleShare.t('noConnection'));
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(
      res.status,
      body?.error?.code ?? 'http',
      body?.error?.message ?? consoleShare.t('serverAnswered', { status: res.status }),
    );
  }
  const name = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
