import type { Caller, PeerGraph } from '@civicgraph/platform';

/**
 * Who the open data publisher is when it asks the assets subgraph: a partner app with
 * `catalog:read` alone, the least the access table grants to read assets. So the
 * inventory holds nothing a catalog partner could not already read, and a field assets
 * later restricts stops reaching open data by the same rule.
 */
export const OPEN_DATA_READER: Caller = {
  kind: 'partner',
  id: 'open-data-publisher',
  scopes: ['catalog:read'],
};

/** An asset as the graph tells it: the fields open data publishes, and no others. */
export interface GraphAsset {
  id: string;
  tag: string;
  assetType: { code: string };
  status: string;
  location: { lon: number; lat: number };
  streetName: string;
  district: number | null;
  installedOn: string;
  condition: { score: number; inspectedOn: string } | null;
}

// Not read: `history` (who changed what: staff ids, notes), `line` (a road segment's
// vertices; its midpoint is the location), `version` (bookkeeping).
const ASSETS_PAGE = `query ($first: Int, $after: String) {
  assets(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id tag assetType { code } status location { lon lat } streetName district installedOn
      condition { score inspectedOn }
    } }
  }
}`;

/** The assets list's largest page (platform's MAX_PAGE_SIZE). */
const PAGE_SIZE = 500;

interface AssetsPage {
  assets: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: GraphAsset }>;
  };
}

/**
 * Every asset, read page by page in tag order through the assets subgraph's own
 * `assets` list and access rules, never its tables. Throws PeerUnavailable when assets
 * does not answer, so that a refresh writes nothing rather than an empty inventory.
 */
export async function readAssetsThroughGraph(
  peers: PeerGraph,
  stopped: () => boolean = () => false,
): Promise<GraphAsset[]> {
  const assets: GraphAsset[] = [];
  let after: string | null = null;
  do {
    const page: AssetsPage = await peers.query<AssetsPage>(
      'assets',
      ASSETS_PAGE,
      { first: PAGE_SIZE, after },
      OPEN_DATA_READER,
    );
    assets.push(...page.assets.edges.map((edge) => edge.node));
    after = page.assets.pageInfo.hasNextPage ? page.assets.pageInfo.endCursor : null;
  } while (after !== null && !stopped());
  return assets;
}
