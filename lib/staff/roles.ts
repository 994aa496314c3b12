export const STAFF_ROLES = ['OFFICER', 'SUPERVISOR', 'REWARDS_ADMIN', 'SYSTEM_ADMIN'] as const;
export type StaffRoleCode = (typeof STAFF_ROLES)[number];
