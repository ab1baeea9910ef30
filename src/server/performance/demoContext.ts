/** What every demo seeding step gets: the demo organisation and the date the demo is built for. */
export interface DemoContext {
  organizationId: string;
  /** ISO date (yyyy-mm-dd) the demo treats as today; history is dated backwards from it. */
  today: string;
}
