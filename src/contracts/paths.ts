import { z } from 'zod';
import { pageQuery } from './common';
import { issueMessage } from './issues';

export const libraryStatus = z.enum(['active', 'retired']);
export type LibraryStatus = z.infer<typeof libraryStatus>;

/** The organisation's proficiency scale: level 1 is `levelNames[0]`. */
export const proficiencyScale = z.object({
  levelNames: z.array(z.string()),
  version: z.number().int(),
  /** The number of levels can change only while nothing is assessed or expected on the scale. */
  canChangeCount: z.boolean(),
  abilities: z.object({ edit: z.boolean() }),
});
export type ProficiencyScale = z.infer<typeof proficiencyScale>;

export const updateScaleRequest = z.object({
  levelNames: z
    .array(z.string().trim().min(1, issueMessage('levelNameEvery')).max(60))
    .min(3, issueMessage('levelsMinThree'))
    .max(6, issueMessage('levelsMaxSix')),
  version: z.number().int(),
});
export type UpdateScaleRequest = z.infer<typeof updateScaleRequest>;

export const competency = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  /** One behavioural description per proficiency level, level 1 first. */
  behaviours: z.array(z.string()),
  status: libraryStatus,
  version: z.number().int(),
  /** Assessed or expected somewhere: it can be retired but no longer deleted. */
  inUse: z.boolean(),
  abilities: z.object({ edit: z.boolean(), remove: z.boolean() }),
});
export type Competency = z.infer<typeof competency>;

export const competencyListQuery = pageQuery.extend({
  status: z.enum(['active', 'retired', 'all']).default('active'),
  search: z.string().trim().max(200).optional(),
});

export const competencyInput = z.object({
  name: z.string().trim().min(1, issueMessage('nameRequired')).max(120),
  description: z.string().trim().max(2000).default(''),
  category: z.string().trim().max(80).default(''),
  behaviours: z.array(z.string().trim().min(1, issueMessage('behaviourEveryLevel')).max(1000)),
});
export type CompetencyInput = z.input<typeof competencyInput>;

export const updateCompetencyRequest = competencyInput.extend({
  status: libraryStatus,
  version: z.number().int(),
});
export type UpdateCompetencyRequest = z.input<typeof updateCompetencyRequest>;

export const expectation = z.object({ competencyId: z.string(), expectedLevel: z.number().int() });
export type Expectation = z.infer<typeof expectation>;

export const careerLevel = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  summary: z.string(),
  orgLevelId: z.string().nullable(),
  expectations: z.array(expectation),
});
export type CareerLevel = z.infer<typeof careerLevel>;

export const trackSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: libraryStatus,
  levelCount: z.number().int(),
  version: z.number().int(),
});
export type TrackSummary = z.infer<typeof trackSummary>;

export const track = trackSummary.extend({
  levels: z.array(careerLevel),
  abilities: z.object({ edit: z.boolean() }),
});
export type Track = z.infer<typeof track>;

export const trackListQuery = pageQuery.extend({
  status: z.enum(['active', 'retired', 'all']).default('active'),
});

export const trackInput = z.object({
  name: z.string().trim().min(1, issueMessage('nameRequired')).max(120),
  description: z.string().trim().max(2000).default(''),
});
export type TrackInput = z.input<typeof trackInput>;

export const updateTrackRequest = trackInput.extend({
  status: libraryStatus,
  version: z.number().int(),
  /** The whole ordered list of levels; a level keeps its id (and the people on it) when `id` is sent. */
  levels: z
    .array(
      z.object({
        id: z.string().uuid().optional(),
        name: z.string().trim().min(1, issueMessage('levelNameEvery')).max(120),
        summary: z.string().trim().max(2000).default(''),
        orgLevelId: z.string().uuid().nullable().default(null),
        expectations: z
          .array(z.object({ competencyId: z.string().uuid(), expectedLevel: z.number().int().min(1) }))
          .max(100)
          .default([]),
      }),
    )
    .max(20, issueMessage('levelsMaxTwenty')),
});
export type UpdateTrackRequest = z.input<typeof updateTrackRequest>;

export const selfAssessment = z.object({
  assessedLevel: z.number().int(),
  assessmentEvidence: z.string(),
  sharedWithManager: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export const managerAssessment = z.object({
  assessedLevel: z.number().int(),
  assessmentEvidence: z.string(),
  authorName: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const positionRef = z.object({
  track: z.object({ id: z.string(), name: z.string() }),
  level: z.object({ id: z.string(), name: z.string(), summary: z.string(), position: z.number().int() }),
  /** 'set' by HR or a manager; 'derived' from the person's level in the organisation directory. */
  source: z.enum(['set', 'derived']),
  /** The stored position's version (null while derived). */
  version: z.number().int().nullable(),
});
export type PositionRef = z.infer<typeof positionRef>;

/** A person's career path as the caller may see it. */
export const personPath = z.object({
  person: z.object({ id: z.string(), displayName: z.string() }),
  position: positionRef.nullable(),
  nextLevel: z.object({ id: z.string(), name: z.string(), summary: z.string() }).nullable(),
  /** false for HR admins: they place people on tracks but never read assessments. */
  assessmentsVisible: z.boolean(),
  assessments: z.array(
    z.object({
      competency: z.object({
        id: z.string(),
        name: z.string(),
        category: z.string(),
        description: z.string(),
        behaviours: z.array(z.string()),
        status: libraryStatus,
      }),
      self: selfAssessment.nullable(),
      manager: managerAssessment.nullable(),
    }),
  ),
  scale: z.array(z.string()),
  abilities: z.object({ selfAssess: z.boolean(), managerAssess: z.boolean(), setPosition: z.boolean() }),
});
export type PersonPath = z.infer<typeof personPath>;

export const setPositionRequest = z.object({
  trackId: z.string().uuid(issueMessage('chooseTrack')),
  levelId: z.string().uuid(issueMessage('chooseLevel')),
  /** The stored position's version, or null when placing the person for the first time. */
  version: z.number().int().nullable(),
});
export type SetPositionRequest = z.infer<typeof setPositionRequest>;

export const saveAssessmentRequest = z.object({
  assessedLevel: z.number().int().min(1, issueMessage('chooseLevel')),
  assessmentEvidence: z.string().trim().max(4000).default(''),
  /** The existing assessment's version, or null for the first one. */
  version: z.number().int().nullable(),
});
export const saveSelfAssessmentRequest = saveAssessmentRequest.extend({ sharedWithManager: z.boolean() });
export type SaveSelfAssessmentRequest = z.input<typeof saveSelfAssessmentRequest>;
export type SaveAssessmentRequest = z.input<typeof saveAssessmentRequest>;

export const shareAssessmentsRequest = z.object({ sharedWithManager: z.boolean() });

export const gapQuery = z.object({ targetLevelId: z.string().uuid().optional() });

export const gapAnalysis = z.object({
  target: z
    .object({
      track: z.object({ id: z.string(), name: z.string() }),
      level: z.object({ id: z.string(), name: z.string() }),
    })
    .nullable(),
  rows: z.array(
    z.object({
      competencyId: z.string(),
      name: z.string(),
      expectedLevel: z.number().int(),
      selfLevel: z.number().int().nullable(),
      managerLevel: z.number().int().nullable(),
      /** expected minus the current view (the mean of the visible assessments); null if none. */
      gap: z.number().nullable(),
    }),
  ),
  /** Competencies furthest below the target, largest first (at most five, gap > 0 only). */
  biggestGaps: z.array(z.object({ competencyId: z.string(), name: z.string(), gap: z.number() })),
  /** Expected competencies with no assessment yet. */
  unassessed: z.number().int(),
});
export type GapAnalysis = z.infer<typeof gapAnalysis>;
