import type { z } from 'zod';
import {
  previewSchema,
  statusAnswerSchema,
  type BasedOn,
  type Preview,
  type PreviewOptions,
} from '../../../../shared/attendance/preview-schema';
import type { Attendance } from '../../../../shared/schemas/people';
import { scheduleSchema, type Schedule } from '../../../../shared/schemas/schedule';
import { api } from '../../../live/api';

/** The organizer's live-change calls: attendance, the preview of a replan, applying it. Throws ApiError. */
export interface LiveChangesApi {
  setStatus(personId: string, status: Attendance): Promise<z.infer<typeof statusAnswerSchema>>;
  preview(options: PreviewOptions): Promise<Preview>;
  apply(options: PreviewOptions & { basedOn: BasedOn }): Promise<Schedule>;
}

export function liveChangesApi(eventId: string, key: string): LiveChangesApi {
  const base = `/api/events/${encodeURIComponent(eventId)}`;
  return {
    setStatus: (id, status) =>
      api(`${base}/people/${encodeURIComponent(id)}/status`, statusAnswerSchema, {
        method: 'POST',
        body: { status },
        secret: key,
      }),
    preview: (options) =>
      api(`${base}/schedule/preview`, previewSchema, { method: 'POST', body: options, secret: key }),
    apply: (options) => api(`${base}/schedule`, scheduleSchema, { method: 'POST', body: options, secret: key }),
  };
}
