import { z } from 'zod';
import { previewSchema, statusAnswerSchema, type BasedOn, type Preview, type PreviewOptions } from '../../../../shared/attendance/preview-schema';
import type { Attendance } from '../../../../shared/schemas/people';
import { api } from '../../../live/api';

/** The organizer's live-change calls: attendance, the preview of a replan, applying it. Throws ApiError. */
export interface LiveChangesApi {
  setStatus(personId: string, status: Attendance): Promise<z.infer<typeof statusAnswerSchema>>;
  preview(options: PreviewOptions): Promise<Preview>;
  apply(options: PreviewOptions & { basedOn: BasedOn }): Promise<unknown>;
}

export function liveChangesApi(eventId: string, key: string): LiveChangesApi {
  const base = `/api/events/${encodeURIComponent(eventId)}`;
  return {
    setStatus: (id, status) => api(`${base}/people/${encodeURIComponent(id)}/status`, statusAnswerSchema, { method: 'POST', body: { status }, secret: key }),
    preview: (options) => api(`${base}/schedule/preview`, previewSchema, { method: 'POST', body: options, secret: key }),
    apply: (options) => api(`${base}/schedule`, z.unknown(), { method: 'POST', body: options, secret: key }),
  };
}
