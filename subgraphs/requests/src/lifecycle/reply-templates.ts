import { sql } from 'kysely';
import type { WorkOrder, WorkOrderStatus } from '../db/work-order.table';
import type { RequestsWrite } from './requests-write';

/** What a template may say: `{number}` the request's number, `{service}`, `{resolution}`. */
export interface ReplyValues {
  number: string;
  service: string;
  resolution: string;
}

/**
 * Fills a template's placeholders. One it does not know stays as written, so a typo in
 * a template shows in the note instead of vanishing.
 */
export function fillReplyTemplate(body: string, values: ReplyValues): string {
  return body.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? values[name as keyof ReplyValues] : placeholder,
  );
}

/**
 * The public note a work order's new status sends the reporter, in the request's own
 * language: the service's own template for that status, else the city-wide one (service
 * null), else none. One statement: template, locale, number and names together.
 */
export async function statusReply(
  write: RequestsWrite,
  workOrder: WorkOrder,
  status: WorkOrderStatus,
): Promise<string | null> {
  const row = await write.trx
    .selectFrom('serviceRequests as r')
    .innerJoin('services as s', (join) => join.on('s.id', '=', workOrder.serviceId))
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('replyTemplates')
          .select(['bodyEn', 'bodyEs'])
          .where('status', '=', status)
          .where((w) =>
            w.or([w('serviceId', '=', workOrder.serviceId), w('serviceId', 'is', null)]),
          )
          // The service's own template first (nulls sort last in ascending order).
          .orderBy(sql`service_id nulls last`)
          .limit(1)
          .as('t'),
      (join) => join.onTrue(),
    )
    .leftJoin('resolutionCodes as c', (join) =>
      join.on('c.serviceId', '=', workOrder.serviceId).on('c.code', '=', workOrder.resolutionCode),
    )
    .select([
      'r.locale',
      'r.number',
      't.bodyEn',
      't.bodyEs',
      's.nameEn',
      's.nameEs',
      'c.nameEn as resolutionEn',
      'c.nameEs as resolutionEs',
    ])
    .where('r.id', '=', workOrder.serviceRequestId)
    .executeTakeFirst();
  if (!row) return null;
  const es = row.locale === 'es';
  return fillReplyTemplate(es ? row.bodyEs : row.bodyEn, {
    number: row.number,
    service: es ? row.nameEs : row.nameEn,
    // The resolution code's name, in the reporter's language; the staff's own
    // resolution text is not theirs to read.
    resolution: (es ? row.resolutionEs : row.resolutionEn) ?? '',
  });
}
