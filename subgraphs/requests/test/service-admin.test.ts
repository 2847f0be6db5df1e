import { staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestsHarness } from './harness';
import { startRequestsWithAccounts } from './with-accounts';

let stack: Awaited<ReturnType<typeof startRequestsWithAccounts>>;
let h: RequestsHarness;
let departmentId: string;

beforeAll(async () => {
  stack = await startRequestsWithAccounts();
  h = stack.requests;
  departmentId = h.city.departments.find((d) => d.code === 'PARKS')!.id;
});
afterAll(() => stack?.close());

const bi = (en: string, es: string) => ({ en, es });

function newService(over: Record<string, unknown> = {}) {
  return {
    code: 'SHADE_STRUCTURE',
    departmentId,
    group: bi('Parks', 'Parques'),
    name: bi('Damaged shade structure', 'Estructura de sombra dañada'),
    description: bi('A torn or fallen shade sail in a park.', 'Una lona de sombra rota o caída.'),
    keywords: ['shade', 'sombra'],
    slaHours: 96,
    slaBusinessHours: true,
    defaultPriority: 'HIGH',
    attributes: [
      {
        code: 'DAMAGE',
        datatype: 'SINGLEVALUELIST',
        required: true,
        description: bi('What is damaged?', '¿Qué está dañado?'),
        values: [
          { key: 'TORN', name: bi('Torn fabric', 'Tela rota') },
          { key: 'FALLEN', name: bi('Fallen', 'Caída') },
        ],
      },
      {
        code: 'NOTICE',
        datatype: 'TEXT',
        required: false,
        variable: false,
        description: bi('Stay clear of fallen poles.', 'Aléjese de los postes caídos.'),
      },
    ],
    resolutionCodes: [{ code: 'REPAIRED', name: bi('Repaired', 'Reparado') }],
    ...over,
  };
}

const CREATE = `mutation ($input: CreateServiceInput!) {
  createService(input: $input) {
    service {
      id code active defaultPriority slaBusinessHours department { id }
      name(locale: ES)
      attributes { code datatype required variable order description(locale: ES) values { key name } }
      resolutionCodes { code name(locale: ES) }
    }
  }
}`;

describe('service administration', () => {
  it('creates a service with its attributes, edits it, and retires it; its code never changes', async () => {
    const created = await h.query<{
      createService: { service: Record<string, unknown> & { id: string } };
    }>(CREATE, { input: newService() });
    expect(created.errors).toBeUndefined();
    const { service } = created.data!.createService;
    expect(service).toMatchObject({
      code: 'SHADE_STRUCTURE',
      active: true,
      defaultPriority: 'HIGH',
      slaBusinessHours: true,
      department: { id: departmentId },
      name: 'Estructura de sombra dañada',
      attributes: [
        {
          code: 'DAMAGE',
          datatype: 'SINGLEVALUELIST',
          required: true,
          variable: true,
          order: 1,
          description: '¿Qué está dañado?',
          values: [
            { key: 'TORN', name: 'Torn fabric' },
            { key: 'FALLEN', name: 'Fallen' },
          ],
        },
        { code: 'NOTICE', datatype: 'TEXT', variable: false, order: 2, values: [] },
      ],
      resolutionCodes: [{ code: 'REPAIRED', name: 'Reparado' }],
    });

    const updated = await h.query<{
      updateService: {
        service: { code: string; slaHours: number; attributes: Array<{ code: string }> };
      };
    }>(
      `mutation ($input: UpdateServiceInput!) {
        updateService(input: $input) { service { code slaHours name attributes { code } } }
      }`,
      {
        input: {
          id: service.id,
          slaHours: 48,
          attributes: [
            {
              code: 'PEOPLE_HURT',
              datatype: 'SINGLEVALUELIST',
              required: true,
              description: bi('Is anyone hurt?', '¿Hay alguien herido?'),
              values: [
                { key: 'YES', name: bi('Yes', 'Sí') },
                { key: 'NO', name: bi('No', 'No') },
              ],
            },
          ],
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateService.service).toMatchObject({
      code: 'SHADE_STRUCTURE',
      slaHours: 48,
      name: 'Damaged shade structure',
      attributes: [{ code: 'PEOPLE_HURT' }],
    });
    // The code is not among the fields an update takes.
    const recode = await h.query(
      `mutation ($id: ID!) { updateService(input: { id: $id, code: "OTHER" }) { service { code } } }`,
      { id: service.id },
    );
    expect(recode.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const retired = await h.query<{
      retireService: { service: { active: boolean; retiredAt: string } };
    }>(
      `mutation ($id: ID!) { retireService(input: { id: $id }) { service { active retiredAt } } }`,
      {
        id: service.id,
      },
    );
    expect(retired.data!.retireService.service.active).toBe(false);
    expect(Date.parse(retired.data!.retireService.service.retiredAt)).not.toBeNaN();
  });

  it.each([
    ['a code in use', { code: 'POTHOLE' }, 'SERVICE_CODE_TAKEN', 'code'],
    ['a malformed code', { code: 'shade structure' }, 'BAD_USER_INPUT', 'code'],
    [
      'a department accounts does not know',
      { departmentId: '00000000-0000-4000-8000-0000000000aa' },
      'BAD_USER_INPUT',
      'departmentId',
    ],
    ['a malformed department id', { departmentId: 'PARKS' }, 'BAD_USER_INPUT', 'departmentId'],
    ['a Spanish name missing', { name: bi('Shade', ' ') }, 'BAD_USER_INPUT', 'name.es'],
    ['an SLA of no hours', { slaHours: 0 }, 'BAD_USER_INPUT', 'slaHours'],
    [
      'a list attribute without choices',
      {
        code: 'X_ONE',
        attributes: [
          { code: 'A', datatype: 'MULTIVALUELIST', required: false, description: bi('a', 'a') },
        ],
      },
      'BAD_USER_INPUT',
      'attributes.0.values',
    ],
    [
      'a required information attribute',
      {
        code: 'X_TWO',
        attributes: [
          {
            code: 'A',
            datatype: 'TEXT',
            required: true,
            variable: false,
            description: bi('a', 'a'),
          },
        ],
      },
      'BAD_USER_INPUT',
      'attributes.0.required',
    ],
    [
      'an attribute code twice',
      {
        code: 'X_THREE',
        attributes: [
          { code: 'A', datatype: 'TEXT', required: false, description: bi('a', 'a') },
          { code: 'A', datatype: 'NUMBER', required: false, description: bi('b', 'b') },
        ],
      },
      'BAD_USER_INPUT',
      'attributes',
    ],
  ])('refuses %s, adding nothing', async (_name, over, code, field) => {
    const before = await h.db.selectFrom('services').select('code').execute();
    const result = await h.query(CREATE, { input: newService({ code: 'NEW_THING', ...over }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await h.db.selectFrom('services').select('code').execute()).toEqual(before);
  });

  it('is for admins only', async () => {
    for (const role of ['SUPERVISOR', 'DISPATCHER', 'ANALYST'] as const) {
      const result = await h.queryAs(staffCaller(role), CREATE, {
        input: newService({ code: 'NOT_MINE' }),
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const none = await h.db
      .selectFrom('services')
      .select('id')
      .where('code', '=', 'NOT_MINE')
      .execute();
    expect(none).toEqual([]);
  });
});
