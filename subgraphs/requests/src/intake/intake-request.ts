import { isUuid } from '@civicgraph/platform';
import type { CitySettings } from '../db/city.repository';
import type { Service, ServiceAttribute } from '../db/service.table';
import type { RequestChannel } from '../db/service-request.table';
import type { Actor } from '../lifecycle/actor';
import type { NewServiceRequest } from '../lifecycle/create';
import { type AttributeAnswerInput, checkedAttributeAnswers } from './attributes';
import { checkedChannel } from './channel';
import { checkedReporter, type ReporterInput } from './contact';
import { checkedLocation } from './location';
import { checkedMediaUrls } from './media';
import { checkServiceTakesRequests } from './service-open';
import { checkedText } from './text';

/** A request as `createServiceRequest` receives it (the service already looked up). */
export interface IntakeInput {
  location: { lon: number; lat: number };
  address: string;
  description: string;
  channel: RequestChannel;
  locale: 'en' | 'es';
  attributes?: readonly AttributeAnswerInput[] | null;
  mediaUrls?: readonly string[] | null;
  reporter?: ReporterInput | null;
}

/** What intake knows besides the input: the service, its definition, the city, who files. */
export interface IntakeContext {
  service: Service;
  /** Which input field named the service, for its errors. */
  serviceField: 'serviceCode' | 'serviceId';
  attributes: readonly ServiceAttribute[];
  city: CitySettings;
  actor: Actor;
}

export const MAX_DESCRIPTION = 4000;
export const MAX_ADDRESS = 300;

/**
 * The new request's columns, or the first refusal (a `ChangeRefused` naming the field).
 * Pure: it reads nothing and writes nothing, so every rule is unit-tested on its own.
 */
export function intakeRequest(input: IntakeInput, context: IntakeContext): NewServiceRequest {
  checkServiceTakesRequests(context.service, context.serviceField);
  const channel = checkedChannel(context.actor, input.channel);
  const where = checkedLocation(context.city, input.location.lon, input.location.lat);
  const address = checkedText(input.address, {
    field: 'address',
    label: 'The address',
    min: 1,
    max: MAX_ADDRESS,
    refuseMarkup: true,
  });
  const description = checkedText(input.description, {
    field: 'description',
    label: 'The description',
    min: 1,
    max: MAX_DESCRIPTION,
    refuseMarkup: true,
  });
  const attributes = checkedAttributeAnswers(context.attributes, input.attributes);
  const mediaUrls = checkedMediaUrls(input.mediaUrls);
  const reporter = checkedReporter(input.reporter);
  return {
    serviceId: context.service.id,
    channel,
    description,
    locale: input.locale,
    lon: where.lon,
    lat: where.lat,
    address,
    district: where.district,
    attributes,
    mediaUrls,
    ...reporter,
    submittedByKind: context.actor.kind,
    submittedById: context.actor.id,
    // Links the report to the signed-in resident: Resident.serviceRequests.
    reporterResidentId:
      context.actor.kind === 'RESIDENT' && context.actor.id && isUuid(context.actor.id)
        ? context.actor.id
        : null,
  };
}
