import { meetingsAnswerSchema, type MeetingsAnswer } from '../../shared/protocol/after-talk';
import { api, ApiError } from './api';

/** The two files a person can take home: a calendar of their meetings and a spreadsheet. */
export type MeetingsFile = 'ics' | 'csv';

const FALLBACK_NAMES: Record<MeetingsFile, string> = {
  ics: 'tablehop-meetings.ics',
  csv: 'tablehop-meetings.csv',
};

/** A person's meetings after the talk, as their personal token may ask for them. Throws ApiError. */
export interface MeetingsApi {
  /** `GET /api/me/meetings`, parsed with the schema the server answers with. */
  load(): Promise<MeetingsAnswer>;
  /** Fetch `/api/me/meetings.ics` or `.csv` and save it; resolves to the file's name. */
  download(kind: MeetingsFile): Promise<string>;
}

/**
 * The calls carry the token in the Authorization header, like every /api/me call: a plain
 * link to the file would have to put the token in its URL (and so in logs and history).
 */
export function meetingsApi(token: string): MeetingsApi {
  return {
    load: () => api('/api/me/meetings', meetingsAnswerSchema, { secret: token }),
    download: async (kind) => {
      // The organizer's download helper is generic (a bearer secret, a blob, a saved file): reused,
      // not copied, and fetched only when a file is asked for (the phone's budget, issue 19). It
      // fails to arrive only with no network, which is what the download would have said.
      const { downloadWithKey } = await import('../screens/organizer/print/download').catch(() => {
        throw new ApiError(0, 'network', 'No connection to the server. Check the Wi-Fi and try again.');
      });
      return downloadWithKey(`/api/me/meetings.${kind}`, token, FALLBACK_NAMES[kind]);
    },
  };
}
