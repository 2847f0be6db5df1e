import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type CallerContext,
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
  const { builder } = createSubgraphBuilder<CallerContext>();
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

/** [case, document, variables, field, argument path, character named] */
const refused: Array<[string, string, Record<string, unknown>, string, string, string]> = [
  ['inline', '{ top { echo(text: "a\\u0000b") } }', {}, 'top.echo', 'text', 'U+0000'],
  [
    'in a variable, deep in input objects and lists',
    'query ($filter: Filter) { top { echo(filter: $filter) } }',
    { filter: { name: 'ok', tags: ['fine', 'x\u0000'] } },
    'top.echo',
    'filter.tags[1]',
    'U+0000',
  ],
  [
    'in a variable inside an inline list',
    'query ($tag: String!) { top { echo(filter: { tags: ["fine", $tag] }) } }',
    { tag: '\u0000' },
    'top.echo',
    'filter.tags[1]',
    'U+0000',
  ],
  [
    'as a lone surrogate, which UTF-8 cannot encode',
    'query ($text: String) { top { echo(text: $text) } }',
    { text: 'a\ud800' },
    'top.echo',
    'text',
    'U+D800',
  ],
  [
    "in a variable's default value",
    'query ($text: String = "\\u0000") { top { echo(text: $text) } }',
    {},
    'top.echo',
    'text',
    'U+0000',
  ],
  [
    'in a nested field',
    '{ top { nested { echo(text: "\\u0000") } } }',
    {},
    'top.nested.echo',
    'text',
    'U+0000',
  ],
  [
    'in a fragment',
    'query { top { ...Echo } } fragment Echo on Level { nested { echo(text: "\\u0000") } }',
    {},
    'nested.echo',
    'text',
    'U+0000',
  ],
];

describe('text PostgreSQL cannot store, in any argument', () => {
  it.each(refused)(
    'is refused %s, naming the argument, before any resolver runs',
    async (_case, document, variables, field, argument, character) => {
      const response = await postGraphQL(server.url, document, variables);
      expect(response.status).toBe(400);
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field, argument });
      expect(response.errors![0]!.message).toContain(character);
      expect(received).toEqual([]);
    },
  );

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
