import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { levels, organizations, people } from '../../org/tables';

export const libraryStatuses = ['active', 'retired'] as const;
export type LibraryStatus = (typeof libraryStatuses)[number];

/**
 * The organisation's proficiency scale (how many levels a competency has and what they are called).
 * One row per organisation; absent means the default four-level scale. The number of levels can only
 * change while nothing has been assessed, because stored assessments and expectations are numbers
 * on this scale.
 */
export const competencyScales = pgTable('competency_scales', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  levelNames: jsonb('level_names').$type<string[]>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A competency of the organisation's library with one behavioural description per proficiency
 * level (`behaviours[0]` describes level 1). Once assessed or expected it is retired, not deleted.
 */
export const competencies = pgTable(
  'competencies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    category: text('category').notNull().default(''),
    behaviours: jsonb('behaviours').$type<string[]>().notNull(),
    status: text('status', { enum: libraryStatuses }).notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('competencies_org_name_uq').on(t.organizationId, sql`lower(${t.name})`)],
);

/** A career track (individual contributor, management, …) with ordered levels. */
export const careerTracks = pgTable(
  'career_tracks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: libraryStatuses }).notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('career_tracks_org_name_uq').on(t.organizationId, sql`lower(${t.name})`)],
);

/**
 * A level of a track, ordered by `position` (0 = entry). `orgLevelId` optionally ties it to the
 * organisation's level directory so a person's position can be derived from their directory level.
 */
export const careerLevels = pgTable(
  'career_levels',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    trackId: uuid('track_id')
      .notNull()
      .references(() => careerTracks.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    summary: text('summary').notNull().default(''),
    orgLevelId: uuid('org_level_id').references(() => levels.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('career_levels_track_idx').on(t.trackId, t.position),
    index('career_levels_org_level_idx').on(t.orgLevelId),
  ],
);

/** The proficiency expected for a competency at a level (on the organisation's scale). */
export const careerLevelExpectations = pgTable(
  'career_level_expectations',
  {
    levelId: uuid('level_id')
      .notNull()
      .references(() => careerLevels.id, { onDelete: 'cascade' }),
    competencyId: uuid('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    expectedLevel: integer('expected_level').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.levelId, t.competencyId] }),
    index('career_level_expectations_competency_idx').on(t.competencyId),
  ],
);

/** Where a person stands on a track, set by HR or their manager (else derived, see queries). */
export const careerPositions = pgTable('career_positions', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  trackId: uuid('track_id')
    .notNull()
    .references(() => careerTracks.id, { onDelete: 'cascade' }),
  levelId: uuid('level_id')
    .notNull()
    .references(() => careerLevels.id, { onDelete: 'cascade' }),
  setByPersonId: uuid('set_by_person_id').references(() => people.id, { onDelete: 'set null' }),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const assessmentAuthors = ['self', 'manager'] as const;
export type AssessmentAuthor = (typeof assessmentAuthors)[number];

/**
 * A developmental assessment of one competency: the person's own (shared with the manager only when
 * the person says so) or the manager's (always visible to the person). Never a rating: performance
 * code cannot read this table (import rule) and no performance screen shows it.
 */
export const competencyAssessments = pgTable(
  'competency_assessments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    competencyId: uuid('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    author: text('author', { enum: assessmentAuthors }).notNull(),
    authorPersonId: uuid('author_person_id').references(() => people.id, { onDelete: 'set null' }),
    assessedLevel: integer('assessed_level').notNull(),
    evidence: text('evidence').notNull().default(''),
    sharedWithManager: boolean('shared_with_manager').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('competency_assessments_uq').on(t.personId, t.competencyId, t.author),
    index('competency_assessments_competency_idx').on(t.competencyId),
  ],
);
