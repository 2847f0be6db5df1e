import { isUuid } from '@civicgraph/platform';
import { builder, LocaleEnum } from '../builder';
import { actorOf } from '../lifecycle/actor';
import { invalidInput, refusalsAsErrors } from '../lifecycle/change-refused';
import {
  type FiledRequest,
  fileServiceRequest,
  type ServiceKey,
} from '../lifecycle/file-service-request';
import { ServiceRequestRef, StaffRef, WorkOrderRef } from './refs';
import { RequestChannelEnum, readableRequest } from './service-request';

const LocationInput = builder.inputType('LocationInput', {
  description: 'A position in WGS84 degrees.',
  fields: (t) => ({
    lon: t.float({ required: true, description: 'Longitude, east positive.' }),
    lat: t.float({ required: true, description: 'Latitude, north positive.' }),
  }),
});

const AttributeAnswerInput = builder.inputType('AttributeAnswerInput', {
  description:
    "An answer to one of the service's attributes (Open311 `attribute[code]`): `value` for " +
    'every datatype but MULTIVALUELIST, whose chosen keys go in `values`.',
  fields: (t) => ({
    code: t.string({ required: true }),
    value: t.string({
      description: 'Text; a decimal number; an ISO 8601 date-time; or the key chosen.',
    }),
    values: t.stringList({ description: 'The keys chosen from a MULTIVALUELIST, each once.' }),
  }),
});

const ReporterInput = builder.inputType('ReporterInput', {
  description: "The reporter's contact details, kept with this request only (personal data).",
  fields: (t) => ({
    name: t.string(),
    email: t.string(),
    phone: t.string({ description: '7 to 15 digits; + ( ) - . and spaces allowed between.' }),
  }),
});

const CreateServiceRequestInput = builder.inputType('CreateServiceRequestInput', {
  fields: (t) => ({
    serviceCode: t.string({ description: 'The service, by code (or give serviceId).' }),
    serviceId: t.id({ description: 'The service, by id (or give serviceCode).' }),
    location: t.field({ type: LocationInput, required: true, description: 'Inside the city.' }),
    address: t.string({ required: true, description: 'Where, in words; at most 300 characters.' }),
    description: t.string({
      required: true,
      description: 'Plain text, 1 to 4000 characters once trimmed; HTML is refused.',
    }),
    channel: t.field({
      type: RequestChannelEnum,
      required: true,
      description: 'PHONE and WALK_IN are for city staff taking a request for someone.',
    }),
    locale: t.field({ type: LocaleEnum, defaultValue: 'en', description: 'Written in.' }),
    attributes: t.field({ type: [AttributeAnswerInput], description: 'Answers, by code.' }),
    mediaUrls: t.stringList({ description: 'Links to photos: http(s), at most 5.' }),
    photoIds: t.idList({
      description:
        'Photos uploaded with POST /photos by the same caller, at most 5: stored by the city, ' +
        'stripped of their metadata, shown with the request.',
    }),
    reporter: t.field({ type: ReporterInput }),
  }),
});

const CreateServiceRequestPayload = builder
  .objectRef<FiledRequest>('CreateServiceRequestPayload')
  .implement({
    authScopes: { permission: 'requests.create' },
    fields: (t) => ({
      id: t.id({
        description: 'The new request’s id.',
        resolve: (p) => p.serviceRequest.id,
      }),
      number: t.string({
        description: 'The number to give the reporter, e.g. PHX-26-000123.',
        resolve: (p) => p.serviceRequest.number,
      }),
      serviceRequest: t.field({
        type: ServiceRequestRef,
        nullable: true,
        description:
          'The request; null for callers who may file but not read requests (a resident reads their own).',
        authScopes: (p) => readableRequest(p.serviceRequest),
        resolve: (p) => p.serviceRequest,
      }),
      workOrder: t.field({
        type: WorkOrderRef,
        nullable: true,
        description:
          'The first work order routing created; null for callers who may not read work.',
        authScopes: { permission: 'work-orders.read' },
        resolve: (p) => p.workOrder,
      }),
    }),
  });

/** The service key the input names: exactly one of code and id, an id that can exist. */
function serviceKey(input: { serviceCode?: string | null; serviceId?: string | null }): ServiceKey {
  const { serviceCode, serviceId } = input;
  if ((serviceCode == null) === (serviceId == null)) {
    throw invalidInput('serviceCode', 'Give the service by serviceCode or by serviceId, not both');
  }
  if (serviceId != null) {
    if (!isUuid(serviceId)) throw invalidInput('serviceId', 'serviceId is not a service id');
    return { field: 'serviceId' as const, by: { id: serviceId } };
  }
  return { field: 'serviceCode' as const, by: { code: serviceCode! } };
}

builder.mutationFields((t) => ({
  createServiceRequest: t.field({
    type: CreateServiceRequestPayload,
    description:
      'Files a request and routes its first work order (the service’s department, due by ' +
      'its SLA, at its default priority). Bad input is BAD_USER_INPUT naming the field; a ' +
      'point outside the city OUTSIDE_CITY; a retired service SERVICE_RETIRED. A refused ' +
      'request writes nothing.',
    authScopes: { permission: 'requests.create' },
    args: { input: t.arg({ type: CreateServiceRequestInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() =>
        fileServiceRequest(ctx.db, actorOf(ctx.caller), {
          ...input,
          locale: input.locale ?? 'en',
          service: serviceKey(input),
        }),
      ),
  }),
}));

interface Reporter {
  name: string | null;
  email: string | null;
  phone: string | null;
}

const ReporterRef = builder.objectRef<Reporter>('Reporter').implement({
  description: 'Who reported a request, as they told us: personal data, for reaching them.',
  authScopes: { permission: 'requests.reporter.read' },
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
  }),
});

const AttributeAnswerRef = builder
  .objectRef<{ code: string; answer: string | number | string[] }>('AttributeAnswer')
  .implement({
    description: "An answer to one of the service's attributes.",
    authScopes: { permission: 'requests.read' },
    fields: (t) => ({
      code: t.exposeString('code'),
      value: t.string({
        nullable: true,
        description: 'The answer as text (numbers in decimal); null for a MULTIVALUELIST.',
        resolve: ({ answer }) => (Array.isArray(answer) ? null : String(answer)),
      }),
      values: t.stringList({
        nullable: true,
        description: 'The keys chosen from a MULTIVALUELIST; null for other datatypes.',
        resolve: ({ answer }) => (Array.isArray(answer) ? answer : null),
      }),
    }),
  });

builder.objectFields(ServiceRequestRef, (t) => ({
  reporter: t.field({
    type: ReporterRef,
    nullable: true,
    description:
      "The reporter's contact details; null when none were given, or for callers who may " +
      'not read personal data.',
    authScopes: { permission: 'requests.reporter.read' },
    resolve: (r) =>
      r.reporterName || r.reporterEmail || r.reporterPhone
        ? { name: r.reporterName, email: r.reporterEmail, phone: r.reporterPhone }
        : null,
  }),
  takenBy: t.field({
    type: StaffRef,
    nullable: true,
    description:
      'The staff member who filed it for the reporter (a phone call, a walk-in); null ' +
      'when the reporter or a partner app filed it, and for callers who are not staff.',
    authScopes: { permission: 'staff.read' },
    resolve: (r) =>
      r.submittedByKind === 'STAFF' && r.submittedById ? { id: r.submittedById } : null,
  }),
  attributes: t.field({
    type: [AttributeAnswerRef],
    description: "The reporter's answers to the service's attributes, by code.",
    authScopes: { permission: 'requests.read' },
    // By code: jsonb keeps its keys in an order of its own.
    resolve: (r) =>
      Object.entries(r.attributes)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([code, answer]) => ({ code, answer })),
  }),
  mediaUrls: t.exposeStringList('mediaUrls', {
    description: "Links to the reporter's photos, as given.",
    authScopes: { permission: 'requests.read' },
  }),
}));
