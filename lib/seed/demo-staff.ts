/**
 * Demo staff accounts, one per role (two rewards administrators, since a reward needs two
 * different people). Documented in the README; created only in demo mode.
 */
import type { NewStaffUser } from '@/lib/staff/create-staff-user';

export const DEMO_STAFF: ReadonlyArray<NewStaffUser & { password: string; totpSecret: string }> = [
  {
    email: 'officer@demo.eyes-and-ears.local',
    name: 'Sok Dara',
    role: 'OFFICER',
    password: 'demo-officer-pass',
    totpSecret: 'DCZLSL5RRIC6SMBRD7QFOIQ5ICA7IW7N',
    provinceCodes: ['KH-18', 'KH-9', 'KH-7', 'KH-23'],
  },
  {
    email: 'officer2@demo.eyes-and-ears.local',
    name: 'Chan Sreymom',
    role: 'OFFICER',
    password: 'demo-officer2-pass',
    totpSecret: 'YPRGOPCLYDOLUICW4ZRSQMUNE5BWITAL',
    provinceCodes: ['KH-12', 'KH-8', 'KH-20', 'KH-1'],
  },
  {
    email: 'supervisor@demo.eyes-and-ears.local',
    name: 'Keo Vannak',
    role: 'SUPERVISOR',
    password: 'demo-supervisor-pass',
    totpSecret: 'EXXRE4NMTCWAKBMVJALDA2LTKSIF42IS',
  },
  {
    email: 'rewards@demo.eyes-and-ears.local',
    name: 'Lim Sophea',
    role: 'REWARDS_ADMIN',
    password: 'demo-rewards-pass',
    totpSecret: 'TH42D7VZP4XA35M76AXI2GT5HGS4TJK5',
  },
  {
    email: 'rewards2@demo.eyes-and-ears.local',
    name: 'Heng Bopha',
    role: 'REWARDS_ADMIN',
    password: 'demo-rewards2-pass',
    totpSecret: 'P2V2IY2QL3QY7AZAFMGKEAUGIWLPEQ5Z',
  },
  {
    email: 'admin@demo.eyes-and-ears.local',
    name: 'Ouk Rithy',
    role: 'SYSTEM_ADMIN',
    password: 'demo-admin-pass',
    totpSecret: 'YYJO5F46GINCDHKHE6LM76FFDNMOFFMS',
  },
];
