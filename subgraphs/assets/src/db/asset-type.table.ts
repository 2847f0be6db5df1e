import type { Generated, Selectable } from 'kysely';

export const assetGeometryKinds = ['POINT', 'LINE'] as const;
export type AssetGeometryKind = (typeof assetGeometryKinds)[number];

export interface AssetTypeTable {
  id: string;
  code: string;
  nameEn: string;
  nameEs: string;
  geometryKind: AssetGeometryKind;
  createdAt: Generated<Date>;
}

export type AssetType = Selectable<AssetTypeTable>;
