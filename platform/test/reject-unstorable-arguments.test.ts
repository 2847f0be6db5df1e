import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createLogger,
  createSubgraphBuilder,
  type RunningServer,
  startGraphQLServer,
} from '../src';
import { unstorableCharacter } from '../src/graphql/storable-text';
import { postGraphQL } from '../src/testing';

/** Arguments the resolver saw: nothing may reach it when the check refuses a request. */
let received: unknown[] = [];

/** `echo` returns its text; `nested` leads one level down, for arguments deeper in the operation. */
function echoSchema() {
  const { builder } = createSubgraphBuilder<object>();
  const Filter = builder.inputType('Filter', {
    fields: (t) => ({ name: t.string(), tags: t.stringList() }),
  });
  const Level = builder.objectRef<object>('Level');
  Level.implement({
    fields: (t) => ({
      echo: t.string({
        nullable: true,
        args: { text: t.arg.string(), filter: t.arg({ type: Filter }) },
        resolve: (_root, args) => {
          received.push(args);
          return args.text ?? JSON.stringify(args.filter);
        },
      }),
      nested: t.field({ type: Level, resolve: () => ({}) }),
    }),
  });
  builder.queryFields((t) => ({ top: t.field({ type: Level, resolve: () => ({}) }) }));
  return builder.toSchema();
}

let server: RunningServer;

beforeAll(async () => {
  server = await startGraphQLServer({
    name: 'test',
    logger: createLogger('test', 'silent'),
    host: '127.0.0.1',
    port: 0,
    schema: echoSchema(),
    context: async () => ({}),
  });
});

afterAll(async () => {
  await server?.close();
});

beforeEach(() => {
  received = [];
});

async function expectRefused(
  document: string,
  variables: Record<string, unknown>,
  expected: { field: string; argument: string; character: string },
) {
  const response = await postGraphQL(server.url, document, variables);
  expect(response.status).toBe(400);
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    field: expected.field,
    argument: expected.argument,
  });
  expect(response.errors![0]!.message).toContain(expected.character);
  expect(received).toEqual([]);
}

describe('text PostgreSQL cannot store, in any argument', () => {
  it('is refused inline, naming the argument', async () => {
    await expectRefused(
      '{ top { echo(text: "a\\u0000b") } }',
      {},
      {
        field: 'top.echo',
        argument: 'text',
        character: 'U+0000',
      },
    );
  });

  it('is refused in a variable, however deep in input objects and lists', async () => {
    await expectRefused(
      'query ($filter: Filter) { top { echo(filter: $filter) } }',
      { filter: { name: 'ok', tags: ['fine', 'x\u0000'] } },
      { field: 'top.echo', argument: 'filter.tags[1]', character: 'U+0000' },
    );
    await expectRefused(
      'query ($tag: String!) { top { echo(filter: { tags: ["fine", $tag] }) } }',
      { tag: '\u0000' },
      { field: 'top.echo', argument: 'filter.tags[1]', character: 'U+0000' },
    );
  });

  it('is refused in a lone surrogate, which UTF-8 cannot encode', async () => {
    await expectRefused(
      'query ($text: String) { top { echo(text: $text) } }',
      { text: 'a\ud800' },
      {
        field: 'top.echo',
        argument: 'text',
        character: 'U+D800',
      },
    );
  });

  it("is refused in a variable's default value", async () => {
    await expectRefused(
      'query ($text: String = "\\u0000") { top { echo(text: $text) } }',
      {},
      {
        field: 'top.echo',
        argument: 'text',
        character: 'U+0000',
      },
    );
  });

  it('is refused in nested fields and in fragments', async () => {
    await expectRefused(
      '{ top { nested { echo(text: "\\u0000") } } }',
      {},
      {
        field: 'top.nested.echo',
        argument: 'text',
        character: 'U+0000',
      },
    );
    await expectRefused(
      'query { top { ...Echo } } fragment Echo on Level { nested { echo(text: "\\u0000") } }',
      {},
      { field: 'nested.echo', argument: 'text', character: 'U+0000' },
    );
  });

  it('lets every other character through, controls, emoji and combining marks included', async () => {
    const text = 'é🚧e\u0301\u0001\u001f\u202e';
    const response = await postGraphQL<{ top: { echo: string } }>(
      server.url,
      'query ($text: String) { top { echo(text: $text) } }',
      { text },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.top.echo).toBe(text);
    expect(received).toEqual([{ text }]);
  });
});

describe('unstorableCharacter', () => {
  it('names NUL and lone surrogates, and nothing in well-formed text', () => {
    expect(unstorableCharacter('abc\u0000')).toBe('U+0000');
    expect(unstorableCharacter('\udc00 low')).toBe('U+DC00');
    expect(unstorableCharacter('🚧 a surrogate pair')).toBeNull();
    expect(unstorableCharacter('')).toBeNull();
  });
});
