import type { Selectable } from 'kysely';

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
}

export type ServiceRequest = Selectable<ServiceRequestTable>;
