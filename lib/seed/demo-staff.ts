/**
 * Demo staff accounts, one per role (two rewards administrators, since a reward needs two
 * different people). Documented in the README; created only in demo mode.
 */
import type { NewStaffUser } from '@/lib/staff/create-staff-user';

export const DEMO_STAFF: ReadonlyArray<NewStaffUser & { password: string; totpSecret: string }> = [
  {
    email: 'officer@demo.eyes-and-ears.local',
    name: 'Sok Dara (officer)',
    role: 'OFFICER',
    password: 'demo-officer-pass',
    totpSecret: 'KVKFKRCPNZQUYMLX',
    provinceCodes: ['KH-18', 'KH-9', 'KH-7', 'KH-23'],
  },
  {
    email: 'officer2@demo.eyes-and-ears.local',
    name: 'Chan Sreymom (officer)',
    role: 'OFFICER',
    password: 'demo-officer2-pass',
    totpSecret: 'GEZDGNBVGY3TQOJQ',
    provinceCodes: ['KH-12', 'KH-8', 'KH-20', 'KH-1'],
  },
  {
    email: 'supervisor@demo.eyes-and-ears.local',
    name: 'Keo Vannak (supervisor)',
    role: 'SUPERVISOR',
    password: 'demo-supervisor-pass',
    totpSecret: 'MFRGGZDFMZTWQ2LK',
  },
  {
    email: 'rewards@demo.eyes-and-ears.local',
    name: 'Lim Sophea (rewards administrator)',
    role: 'REWARDS_ADMIN',
    password: 'demo-rewards-pass',
    totpSecret: 'ONSWG4TFOQYTEMZU',
  },
  {
    email: 'rewards2@demo.eyes-and-ears.local',
    name: 'Heng Bopha (rewards administrator)',
    role: 'REWARDS_ADMIN',
    password: 'demo-rewards2-pass',
    totpSecret: 'NBSWY3DPO5XXE3DE',
  },
  {
    email: 'admin@demo.eyes-and-ears.local',
    name: 'Ouk Rithy (system administrator)',
    role: 'SYSTEM_ADMIN',
    password: 'demo-admin-pass',
    totpSecret: 'JBSWY3DPEHPK3PXP',
  },
];
