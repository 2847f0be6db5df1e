import type { Generated, Selectable } from 'kysely';
import type { ActorKind } from './change-log.table';

export const serviceRequestStatuses = ['OPEN', 'CLOSED'] as const;
export type ServiceRequestStatus = (typeof serviceRequestStatuses)[number];

export const requestChannels = [
  'PHONE',
  'WEB',
  'MOBILE_APP',
  'CHATBOT',
  'EMAIL',
  'WALK_IN',
] as const;
export type RequestChannel = (typeof requestChannels)[number];

export interface ServiceRequestTable {
  id: string;
  number: string;
  serviceId: string;
  status: ServiceRequestStatus;
  channel: RequestChannel;
  description: string;
  locale: 'en' | 'es';
  lon: number;
  lat: number;
  address: string;
  district: number | null;
  requestedAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  version: Generated<number>;
  /** The original, when staff marked this request as its duplicate. */
  duplicateOfId: Generated<string | null>;
  /** The reporter's own details: personal data, for this request only. */
  reporterName: Generated<string | null>;
  reporterEmail: Generated<string | null>;
  reporterPhone: Generated<string | null>;
  /** Who filed it (a staff member taking a call, a partner app); null for demo data. */
  submittedByKind: Generated<ActorKind | null>;
  submittedById: Generated<string | null>;
  /** The resident who reported it while signed in (or through an app acting for them). */
  reporterResidentId: Generated<string | null>;
  /** Answers to the service's attributes, by attribute code. */
  attributes: Generated<Record<string, AttributeAnswer>>;
  mediaUrls: Generated<string[]>;
}

/** An answer to one Open311 attribute: text, a number, or the chosen keys of a list. */
export type AttributeAnswer = string | number | string[];

export type ServiceRequest = Selectable<ServiceRequestTable>;
