import type { AccountLinkThrottleTable } from './account-link-throttle.table';
import type { ApiClientTable, ApiKeyTable } from './api-client.table';
import type { AutoPayEnrollmentTable } from './autopay-enrollment.table';
import type { BillLineItemTable, BillTable } from './bill.table';
import type { BillingSettingsTable } from './billing-settings.table';
import type { CrewTable } from './crew.table';
import type { DepartmentTable } from './department.table';
import type { PaymentTable } from './payment.table';
import type { ResidentTable } from './resident.table';
import type { ResidentConsentTable } from './resident-consent.table';
import type { SandboxChargeTable } from './sandbox-charge.table';
import type { RefreshTokenTable, SessionTable } from './session.table';
import type { StaffShiftTable } from './shift.table';
import type { SignInThrottleTable } from './sign-in-throttle.table';
import type { StaffTable } from './staff.table';
import type { ResidentUtilityAccountTable, UtilityAccountTable } from './utility-account.table';

/** The tables of the `accounts` schema, as Kysely sees them (camelCase). */
export interface AccountsDatabase {
  departments: DepartmentTable;
  crews: CrewTable;
  staff: StaffTable;
  staffShifts: StaffShiftTable;
  sessions: SessionTable;
  refreshTokens: RefreshTokenTable;
  signInThrottles: SignInThrottleTable;
  apiClients: ApiClientTable;
  apiKeys: ApiKeyTable;
  residents: ResidentTable;
  utilityAccounts: UtilityAccountTable;
  residentUtilityAccounts: ResidentUtilityAccountTable;
  bills: BillTable;
  billLineItems: BillLineItemTable;
  payments: PaymentTable;
  residentConsents: ResidentConsentTable;
  accountLinkThrottles: AccountLinkThrottleTable;
  billingSettings: BillingSettingsTable;
  sandboxCharges: SandboxChargeTable;
  autopayEnrollments: AutoPayEnrollmentTable;
}
