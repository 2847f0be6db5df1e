import { bilingualText, builder, LocaleEnum } from '../builder';
import { attributesByServiceIds, resolutionCodesByServiceIds } from '../db/intake.repository';
import {
  type AttributeDatatype,
  attributeDatatypes,
  type ResolutionCode,
  type ServiceAttribute,
} from '../db/service.table';
import { ServiceRef } from './refs';
import { WorkOrderPriorityEnum } from './work-order';

// What the catalog says about a service beyond its name: the Open311 service definition
// (its attributes), its rules for work, and whether it still takes requests. Public,
// like the rest of the catalog: residents' apps build their forms from it.
const CATALOG = { permission: 'catalog.read' } as const;

export const AttributeDatatypeEnum = builder.enumType('ServiceAttributeDatatype', {
  description: "An Open311 attribute's datatype (Open311 writes it in lower case).",
  values: Object.fromEntries(
    attributeDatatypes.map((datatype) => [datatype.toUpperCase(), { value: datatype }]),
  ) as Record<Uppercase<AttributeDatatype>, { value: AttributeDatatype }>,
});

type AttributeValue = ServiceAttribute['values'][number];

const AttributeValueRef = builder.objectRef<AttributeValue>('ServiceAttributeValue').implement({
  description: 'One choice of a list attribute.',
  authScopes: CATALOG,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'What an answer sends.' }),
    name: t.string({
      args: { locale: t.arg({ type: LocaleEnum, defaultValue: 'en' }) },
      resolve: (value, { locale }) => value.name[locale ?? 'en'],
    }),
  }),
});

const ServiceAttributeRef = builder.objectRef<ServiceAttribute>('ServiceAttribute').implement({
  description: 'A question a request of the service answers (an Open311 attribute).',
  authScopes: CATALOG,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The key answers are sent under.' }),
    datatype: t.expose('datatype', { type: AttributeDatatypeEnum }),
    required: t.exposeBoolean('required'),
    variable: t.exposeBoolean('variable', {
      description: 'False: information shown to the reporter, never answered.',
    }),
    order: t.exposeInt('order', { description: 'Asked in this order, from 1.' }),
    description: bilingualText(t, { en: 'descriptionEn', es: 'descriptionEs' }),
    values: t.field({
      type: [AttributeValueRef],
      description: 'The choices of a list attribute, in order; empty for other datatypes.',
      resolve: (attribute) => attribute.values,
    }),
  }),
});

const ResolutionCodeRef = builder.objectRef<ResolutionCode>('ResolutionCode').implement({
  description: 'What finished work of a service may be closed as.',
  authScopes: CATALOG,
  fields: (t) => ({
    code: t.exposeString('code'),
    name: bilingualText(t, { en: 'nameEn', es: 'nameEs' }),
  }),
});

builder.objectFields(ServiceRef, (t) => ({
  attributes: t.loadableGroup({
    type: ServiceAttributeRef,
    description: 'The questions a request answers, in order (the Open311 service definition).',
    authScopes: CATALOG,
    load: (serviceIds: string[], { db }) => attributesByServiceIds(db, serviceIds),
    group: (attribute) => (attribute as ServiceAttribute).serviceId,
    resolve: (service) => service.id,
  }),
  resolutionCodes: t.loadableGroup({
    type: ResolutionCodeRef,
    description: 'What its finished work may be closed as.',
    authScopes: CATALOG,
    load: (serviceIds: string[], { db }) => resolutionCodesByServiceIds(db, serviceIds),
    group: (code) => (code as ResolutionCode).serviceId,
    resolve: (service) => service.id,
  }),
  locationSensitive: t.exposeBoolean('locationSensitive', {
    description: 'Encampments, code complaints: the exact location is never published.',
    authScopes: CATALOG,
  }),
  slaBusinessHours: t.exposeBoolean('slaBusinessHours', {
    description: "The SLA counts the city's business hours and skips its holidays.",
    authScopes: CATALOG,
  }),
  defaultPriority: t.expose('defaultPriority', {
    type: WorkOrderPriorityEnum,
    description: 'The priority new work starts at.',
    authScopes: CATALOG,
  }),
  retiredAt: t.expose('retiredAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When an admin retired it: it takes no new requests; its history stays.',
    authScopes: CATALOG,
  }),
}));
