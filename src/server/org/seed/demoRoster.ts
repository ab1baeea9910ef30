import type { RoleName } from '../../platform/auth/tables';
import type { DepartmentKey, IndividualLevel, LevelCode, OfficeLocation } from './catalogue';

/** The logins the demo hands out, one per role a visitor may want to try. */
export const demoAccounts = {
  employee: 'employee@demo.test',
  manager: 'manager@demo.test',
  hr: 'hr@demo.test',
  approver: 'approver@demo.test',
  coach: 'coach@demo.test',
  admin: 'admin@demo.test',
} as const;
export type DemoPersona = keyof typeof demoAccounts;
export const demoPassword = 'trellis-demo';
export const demoRoles: Record<DemoPersona, RoleName[]> = {
  employee: [],
  manager: [],
  hr: ['hr_admin'],
  approver: ['approver'],
  coach: ['coach'],
  admin: ['org_admin'],
};

/** The day the demo's one manager change took effect (within the year before the demo's "today"). */
export const demoManagerChangeDate = '2026-03-02';
export const demoTerminationDate = '2026-06-30';

/**
 * One position in the demo organisation. Named people (the logins, the leaders) are fixed so the
 * documentation can refer to them; everyone else gets a generated name.
 */
export interface DemoPosition {
  department: DepartmentKey | 'executive';
  level: LevelCode;
  title?: string;
  name?: readonly [given: string, family: string];
  persona?: DemoPersona;
  /** Referenced by `previousManager` of someone who moved teams. */
  key?: string;
  hireDate?: string;
  location?: OfficeLocation['location'];
  status?: 'on_leave' | 'terminated';
  /** This person reported to `key` until {@link demoManagerChangeDate}. */
  previousManager?: string;
  reports?: DemoPosition[];
}

const position = (
  department: DemoPosition['department'],
  level: LevelCode,
  details: Omit<DemoPosition, 'department' | 'level'> = {},
): DemoPosition => ({ department, level, ...details });

/** A team of individual contributors with generated names. */
const team = (department: DepartmentKey, ...levels: IndividualLevel[]): DemoPosition[] =>
  levels.map((level) => position(department, level));

/**
 * About 80 people in nine departments, six levels deep in Engineering:
 * CEO → VP → director → engineering manager → staff engineer (lead) → engineers.
 * The employee login sits under the manager login, whose manager's manager also has a manager,
 * so the demo has a skip-level chain to explore.
 */
export const demoOrganization: DemoPosition = position('executive', 'E2', {
  title: 'Chief Executive Officer',
  name: ['Ingrid', 'Solberg'],
  hireDate: '2018-11-05',
  location: 'London',
  reports: [
    position('executive', 'IC2', { title: 'Executive Assistant' }),
    position('engineering', 'E1', {
      name: ['Rahul', 'Deshmukh'],
      hireDate: '2019-03-11',
      location: 'London',
      reports: [
        position('engineering', 'M3', {
          name: ['Carmen', 'Ibáñez'],
          hireDate: '2020-02-03',
          location: 'Lisbon',
          reports: [
            position('engineering', 'M1', {
              title: 'Engineering Manager, Platform',
              name: ['Daniel', 'Mensah'],
              persona: 'manager',
              hireDate: '2021-09-06',
              location: 'London',
              reports: [
                position('engineering', 'IC2', {
                  name: ['Sofia', 'Almeida'],
                  persona: 'employee',
                  hireDate: '2023-04-17',
                  location: 'Lisbon',
                }),
                position('engineering', 'IC3', {
                  name: ['Kenji', 'Watanabe'],
                  hireDate: '2022-10-03',
                  previousManager: 'product-engineering',
                }),
                ...team('engineering', 'IC1', 'IC3', 'IC4'),
              ],
            }),
            position('engineering', 'M1', {
              key: 'product-engineering',
              title: 'Engineering Manager, Product Engineering',
              hireDate: '2020-11-16',
              reports: [
                position('engineering', 'IC4', { reports: team('engineering', 'IC2', 'IC1') }),
                ...team('engineering', 'IC2', 'IC3', 'IC3'),
              ],
            }),
          ],
        }),
        position('engineering', 'M2', {
          title: 'Senior Engineering Manager, Infrastructure',
          reports: team('engineering', 'IC2', 'IC3', 'IC4', 'IC5'),
        }),
      ],
    }),
    position('product', 'E1', {
      hireDate: '2019-06-03',
      reports: [
        position('product', 'M1', { reports: team('product', 'IC1', 'IC2', 'IC3') }),
        position('design', 'M1', { reports: team('design', 'IC2', 'IC2', 'IC3') }),
      ],
    }),
    position('sales', 'E1', {
      hireDate: '2019-10-14',
      location: 'New York',
      reports: [
        position('sales', 'M3', {
          title: 'Director of Sales, EMEA',
          location: 'Berlin',
          reports: [
            position('sales', 'M1', {
              title: 'Sales Manager, DACH',
              hireDate: '2020-06-01',
              location: 'Berlin',
              reports: [
                position('sales', 'IC2', {
                  status: 'terminated',
                  hireDate: '2022-08-15',
                  location: 'Berlin',
                }),
                ...team('sales', 'IC1', 'IC2'),
              ],
            }),
            ...team('sales', 'IC4', 'IC4'),
          ],
        }),
        position('sales', 'M2', {
          title: 'Senior Sales Manager, Americas',
          location: 'New York',
          reports: team('sales', 'IC1', 'IC2', 'IC2', 'IC3'),
        }),
      ],
    }),
    position('customerSuccess', 'E1', {
      hireDate: '2020-03-09',
      reports: [
        position('customerSuccess', 'M1', {
          reports: [
            position('customerSuccess', 'IC3', { status: 'on_leave' }),
            ...team('customerSuccess', 'IC2', 'IC2', 'IC4'),
          ],
        }),
        position('customerSuccess', 'M1', {
          title: 'Support Team Manager',
          reports: team('customerSuccess', 'IC1', 'IC1', 'IC2', 'IC2'),
        }),
      ],
    }),
    position('marketing', 'E1', {
      hireDate: '2020-09-21',
      reports: [
        position('marketing', 'M1', { reports: team('marketing', 'IC1', 'IC2', 'IC3') }),
        position('marketing', 'IC4', { reports: team('marketing', 'IC2', 'IC3') }),
      ],
    }),
    position('people', 'E1', {
      name: ['Adaeze', 'Okonkwo'],
      hireDate: '2019-05-06',
      reports: [
        position('people', 'IC3', { name: ['Grace', 'Njoroge'], persona: 'hr', location: 'London' }),
        position('people', 'IC4', { title: 'Leadership Coach', name: ['Tomás', 'Reyes'], persona: 'coach' }),
        position('people', 'M1', { reports: team('people', 'IC1', 'IC2') }),
      ],
    }),
    position('finance', 'E1', {
      name: ['Henrik', 'Lindqvist'],
      persona: 'approver',
      hireDate: '2019-01-21',
      location: 'London',
      reports: [
        position('finance', 'M1', { reports: team('finance', 'IC2', 'IC2', 'IC3') }),
        position('it', 'M1', {
          reports: [
            position('it', 'IC2', { name: ['Yuki', 'Saito'], persona: 'admin' }),
            ...team('it', 'IC1', 'IC3'),
          ],
        }),
      ],
    }),
  ],
});
