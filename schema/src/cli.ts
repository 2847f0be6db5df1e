import { composeSupergraph } from './compose';
import { driftedFiles, writeComposition } from './files';
import { subgraphs } from './subgraphs';

// `compose` rewrites the checked-in schema files from the code; `check` fails when
// they differ, so a schema change cannot land without its reviewed SDL diff.
const mode = process.argv[2];
try {
  const composition = composeSupergraph(subgraphs);
  if (mode === 'compose') {
    writeComposition(composition);
    console.log(
      `Composed ${subgraphs.length} subgraphs into schema/supergraph.graphql and schema/api.graphql`,
    );
  } else if (mode === 'check') {
    const drifted = driftedFiles(composition);
    if (drifted.length > 0) {
      console.error(
        `Schema drift: ${drifted.join(', ')} differ from the code.\n` +
          'Run `pnpm compose` and commit the result.',
      );
      process.exit(1);
    }
    console.log('Schema check passed: the checked-in supergraph matches the code.');
  } else {
    console.error('Usage: tsx src/cli.ts compose|check');
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
