import { eventReportSchema, type EventReport } from '../../../../shared/protocol/after-talk';
import { noContentSchema } from '../../../../shared/protocol/answers';
import { api } from '../../../live/api';
import { downloadWithKey } from '../print/download';

/** The Report tab's calls, each with the organizer key in the Authorization header. Throws ApiError. */
export interface ReportApi {
  /** `GET /api/events/:id/report`: counts only, never who said what. */
  load(): Promise<EventReport>;
  /** `GET …/export/follow-ups.csv`, saved from a blob; resolves to the file's name. */
  downloadFollowUps(): Promise<string>;
  /** `DELETE …/feedback` (204): every rating, note, follow-up and sharing choice of the event. */
  eraseFeedback(): Promise<null>;
}

/** The report API of one event as its organizer. */
export function reportApi(eventId: string, key: string): ReportApi {
  const id = encodeURIComponent(eventId);
  const base = `/api/events/${id}`;
  return {
    load: () => api(`${base}/report`, eventReportSchema, { secret: key }),
    downloadFollowUps: () => downloadWithKey(`${base}/export/follow-ups.csv`, key, `follow-ups-${id}.csv`),
    eraseFeedback: () => api(`${base}/feedback`, noContentSchema, { method: 'DELETE', secret: key }),
  };
}
