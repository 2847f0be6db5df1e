/**
 * Granted (scope-auth `$granted`) by the `staff` field of a sign-in's payload: the
 * caller of `login` is still anonymous, yet may read the Staff record of the person
 * who just proved to be them. It reaches that one object only, not what it links to.
 */
export const SIGNED_IN_STAFF = 'signedInStaff';

/** The same for a resident's sign-up, sign-in or refresh: the `resident` of its payload. */
export const SIGNED_IN_RESIDENT = 'signedInResident';
