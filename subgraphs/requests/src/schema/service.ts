import { checkedId, exactlyOneKey } from '@civicgraph/platform';
import { bilingualText, builder } from '../builder';
import { listServices, serviceByCode } from '../db/service.repository';
import { DepartmentRef, ServiceRef } from './refs';

ServiceRef.implement({
  description: 'A kind of request residents can make (an Open311 service), in the catalog.',
  // The catalog is what residents choose from: anyone may read it, department included.
  authScopes: { permission: 'catalog.read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'The Open311 service_code; stable.' }),
    name: bilingualText(t, { en: 'nameEn', es: 'nameEs' }),
    description: bilingualText(t, { en: 'descriptionEn', es: 'descriptionEs' }),
    group: bilingualText(
      t,
      { en: 'groupEn', es: 'groupEs' },
      { description: 'The catalog section the service is listed under.' },
    ),
    keywords: t.exposeStringList('keywords'),
    slaHours: t.exposeInt('slaHours', {
      description: 'Target hours from report to completed work.',
    }),
    active: t.exposeBoolean('active', {
      description: 'False once the city stops taking new requests of this kind.',
    }),
    department: t.field({
      type: DepartmentRef,
      description: 'The department that does the work.',
      resolve: (service) => ({ id: service.departmentId }),
    }),
    assetTypeCode: t.exposeString('assetTypeCode', {
      nullable: true,
      description: 'Code of the asset type such requests are usually about.',
    }),
  }),
});

builder.queryFields((t) => ({
  services: t.field({
    type: [ServiceRef],
    description: 'The service catalog, by group and name.',
    authScopes: { permission: 'catalog.read' },
    args: { includeInactive: t.arg.boolean({ defaultValue: false }) },
    resolve: (_root, { includeInactive }, ctx) => listServices(ctx.db, includeInactive ?? false),
  }),
  service: t.field({
    type: ServiceRef,
    nullable: true,
    description: 'A service by id or by code.',
    authScopes: { permission: 'catalog.read' },
    args: { id: t.arg.id(), code: t.arg.string() },
    resolve: async (_root, { id, code }, ctx) => {
      exactlyOneKey({ id, code });
      if (id) return checkedId(id, 'id');
      return (await serviceByCode(ctx.db, code!)) ?? null;
    },
  }),
}));
