import type { Generated, Selectable } from 'kysely';

export interface ServiceTable {
  id: string;
  code: string;
  departmentId: string;
  groupEn: string;
  groupEs: string;
  nameEn: string;
  nameEs: string;
  descriptionEn: string;
  descriptionEs: string;
  keywords: string[];
  slaHours: number;
  assetTypeCode: string | null;
  active: Generated<boolean>;
  createdAt: Generated<Date>;
}

export type Service = Selectable<ServiceTable>;
