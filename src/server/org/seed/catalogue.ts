/**
 * The reference data both seeders share: a career ladder, departments with the job titles that
 * belong to each level, and office locations with their time zones.
 */

export const levelLadder = [
  { code: 'IC1', name: 'Associate', rank: 10 },
  { code: 'IC2', name: 'Professional', rank: 20 },
  { code: 'IC3', name: 'Senior', rank: 30 },
  { code: 'IC4', name: 'Staff', rank: 40 },
  { code: 'IC5', name: 'Principal', rank: 50 },
  // Management ranks sit beside the individual-contributor ranks they are paid like.
  { code: 'M1', name: 'Manager', rank: 40 },
  { code: 'M2', name: 'Senior Manager', rank: 50 },
  { code: 'M3', name: 'Director', rank: 60 },
  { code: 'E1', name: 'Vice President', rank: 70 },
  { code: 'E2', name: 'Chief Executive', rank: 80 },
] as const;

export type LevelCode = (typeof levelLadder)[number]['code'];
export type IndividualLevel = 'IC1' | 'IC2' | 'IC3' | 'IC4' | 'IC5';
export type ManagerLevel = 'M1' | 'M2' | 'M3' | 'E1';

export interface DepartmentProfile {
  name: string;
  /** Titles for IC1 … IC5. */
  individualTitles: readonly [string, string, string, string, string];
  /** Titles for M1, M2, M3 and E1. */
  managerTitles: readonly [string, string, string, string];
}

export const departmentProfiles = {
  engineering: {
    name: 'Engineering',
    individualTitles: [
      'Associate Software Engineer',
      'Software Engineer',
      'Senior Software Engineer',
      'Staff Software Engineer',
      'Principal Software Engineer',
    ],
    managerTitles: [
      'Engineering Manager',
      'Senior Engineering Manager',
      'Director of Engineering',
      'VP of Engineering',
    ],
  },
  product: {
    name: 'Product',
    individualTitles: [
      'Associate Product Manager',
      'Product Manager',
      'Senior Product Manager',
      'Lead Product Manager',
      'Principal Product Manager',
    ],
    managerTitles: [
      'Group Product Manager',
      'Senior Group Product Manager',
      'Director of Product',
      'VP of Product',
    ],
  },
  design: {
    name: 'Design',
    individualTitles: [
      'Junior Product Designer',
      'Product Designer',
      'Senior Product Designer',
      'Lead Product Designer',
      'Principal Designer',
    ],
    managerTitles: ['Design Manager', 'Senior Design Manager', 'Director of Design', 'VP of Design'],
  },
  sales: {
    name: 'Sales',
    individualTitles: [
      'Sales Development Representative',
      'Account Executive',
      'Senior Account Executive',
      'Enterprise Account Executive',
      'Strategic Account Director',
    ],
    managerTitles: ['Sales Manager', 'Senior Sales Manager', 'Director of Sales', 'VP of Sales'],
  },
  customerSuccess: {
    name: 'Customer Success',
    individualTitles: [
      'Support Specialist',
      'Customer Success Manager',
      'Senior Customer Success Manager',
      'Lead Customer Success Manager',
      'Principal Customer Success Architect',
    ],
    managerTitles: [
      'Customer Success Team Manager',
      'Senior Manager, Customer Success',
      'Director of Customer Success',
      'VP of Customer Success',
    ],
  },
  marketing: {
    name: 'Marketing',
    individualTitles: [
      'Marketing Coordinator',
      'Marketing Specialist',
      'Senior Marketing Specialist',
      'Lead Marketing Strategist',
      'Principal Marketing Strategist',
    ],
    managerTitles: [
      'Marketing Manager',
      'Senior Marketing Manager',
      'Director of Marketing',
      'VP of Marketing',
    ],
  },
  people: {
    name: 'People & Culture',
    individualTitles: [
      'People Operations Coordinator',
      'People Partner',
      'Senior People Partner',
      'Lead People Partner',
      'Principal People Partner',
    ],
    managerTitles: [
      'People Operations Manager',
      'Senior People Operations Manager',
      'Director of People',
      'Chief People Officer',
    ],
  },
  finance: {
    name: 'Finance',
    individualTitles: [
      'Accounts Assistant',
      'Financial Analyst',
      'Senior Financial Analyst',
      'Finance Lead',
      'Principal Financial Analyst',
    ],
    managerTitles: [
      'Finance Manager',
      'Senior Finance Manager',
      'Director of Finance',
      'Chief Financial Officer',
    ],
  },
  it: {
    name: 'IT',
    individualTitles: [
      'IT Support Technician',
      'IT Systems Administrator',
      'Senior Systems Administrator',
      'Lead Systems Engineer',
      'Principal IT Architect',
    ],
    managerTitles: ['IT Manager', 'Senior IT Manager', 'Director of IT', 'VP of IT'],
  },
  data: {
    name: 'Data',
    individualTitles: [
      'Junior Data Analyst',
      'Data Analyst',
      'Senior Data Scientist',
      'Staff Data Scientist',
      'Principal Data Scientist',
    ],
    managerTitles: ['Data Science Manager', 'Senior Data Science Manager', 'Director of Data', 'VP of Data'],
  },
  legal: {
    name: 'Legal',
    individualTitles: [
      'Legal Assistant',
      'Legal Counsel',
      'Senior Legal Counsel',
      'Lead Counsel',
      'Principal Counsel',
    ],
    managerTitles: ['Legal Manager', 'Senior Legal Manager', 'Deputy General Counsel', 'General Counsel'],
  },
  operations: {
    name: 'Operations',
    individualTitles: [
      'Operations Coordinator',
      'Operations Analyst',
      'Senior Operations Analyst',
      'Operations Lead',
      'Principal Operations Strategist',
    ],
    managerTitles: [
      'Operations Manager',
      'Senior Operations Manager',
      'Director of Operations',
      'Chief Operating Officer',
    ],
  },
  security: {
    name: 'Security',
    individualTitles: [
      'Security Analyst',
      'Security Engineer',
      'Senior Security Engineer',
      'Staff Security Engineer',
      'Principal Security Engineer',
    ],
    managerTitles: [
      'Security Engineering Manager',
      'Senior Security Engineering Manager',
      'Director of Security',
      'Chief Information Security Officer',
    ],
  },
} as const satisfies Record<string, DepartmentProfile>;

export type DepartmentKey = keyof typeof departmentProfiles;

/** The chief executive sits above every department. */
export const executiveOffice = { name: 'Executive Office', ceoTitle: 'Chief Executive Officer' } as const;

const individualIndex: Record<IndividualLevel, number> = { IC1: 0, IC2: 1, IC3: 2, IC4: 3, IC5: 4 };
const managerIndex: Record<ManagerLevel, number> = { M1: 0, M2: 1, M3: 2, E1: 3 };

export function titleFor(department: DepartmentProfile, level: IndividualLevel | ManagerLevel): string {
  return level in individualIndex
    ? department.individualTitles[individualIndex[level as IndividualLevel]]!
    : department.managerTitles[managerIndex[level as ManagerLevel]]!;
}

export const officeLocations = [
  { location: 'London', timezone: 'Europe/London' },
  { location: 'Berlin', timezone: 'Europe/Berlin' },
  { location: 'Lisbon', timezone: 'Europe/Lisbon' },
  { location: 'New York', timezone: 'America/New_York' },
  { location: 'San Francisco', timezone: 'America/Los_Angeles' },
  { location: 'Toronto', timezone: 'America/Toronto' },
  { location: 'São Paulo', timezone: 'America/Sao_Paulo' },
  { location: 'Lagos', timezone: 'Africa/Lagos' },
  { location: 'Bengaluru', timezone: 'Asia/Kolkata' },
  { location: 'Singapore', timezone: 'Asia/Singapore' },
  { location: 'Sydney', timezone: 'Australia/Sydney' },
  { location: 'Remote (Europe)', timezone: 'Europe/Amsterdam' },
] as const;

export type OfficeLocation = (typeof officeLocations)[number];
