import type * as aspirations from '../growth/aspirations/messages';
import type * as coaching from '../growth/coaching/messages';
import type * as conversations from '../growth/conversations/messages';
import type * as feedback360 from '../growth/feedback360/messages';
import type * as learning from '../growth/learning/messages';
import type * as mentoring from '../growth/mentoring/messages';
import type * as paths from '../growth/paths/messages';
import type * as plans from '../growth/plans/messages';
import type * as succession from '../growth/succession/messages';
import type * as surveys from '../growth/surveys/messages';
import type * as talent from '../growth/talent/messages';
import type * as analytics from '../insights/analytics/messages';
import type * as metricCard from '../insights/charts/messages';
import type * as teamView from '../insights/team/messages';
import type * as profile from '../org/profile/messages';
import type * as calibration from '../performance/calibration/messages';
import type * as compensation from '../performance/compensation/messages';
import type * as feedback from '../performance/feedback/messages';
import type * as goals from '../performance/goals/messages';
import type * as improvementPlans from '../performance/improvementPlans/messages';
import type * as oneOnOnes from '../performance/oneOnOnes/messages';
import type * as reviews from '../performance/reviews/messages';
import type * as admin from '../platform/admin/messages';
import type * as dataExport from '../platform/dataExport/messages';
import type * as erasure from '../platform/erasure/messages';
import type * as notifications from '../platform/notifications/messages';

/*
 * The areas' messages, fetched when the signed-in app first needs them, so the sign-in page carries
 * only the core catalogue. Each area's module holds both languages; importing it as `?lang=en` or
 * `?lang=de` makes a separate module for the bundler, in which the other language's export is unused
 * and dropped, so a browser fetches only its own language (see messagesQuery.d.ts).
 */
/** The query-suffixed import is untyped; it is the same module as the plain path. */
const typed = <M>(load: Promise<unknown>) => load as Promise<M>;

export const areaLoaders = {
  // Not an area of the app but loaded like one: the issue texts (validationEn.ts).
  validation: {
    en: () => import('./validationEn').then(({ validationEn }) => validationEn),
    de: () => import('./validationDe').then(({ validationDe }) => validationDe),
  },
  goals: {
    en: () =>
      typed<typeof goals>(import('../performance/goals/messages.ts?lang=en')).then(({ goalsEn }) => goalsEn),
    de: () =>
      typed<typeof goals>(import('../performance/goals/messages.ts?lang=de')).then(({ goalsDe }) => goalsDe),
  },
  oneOnOnes: {
    en: () =>
      typed<typeof oneOnOnes>(import('../performance/oneOnOnes/messages.ts?lang=en')).then(
        ({ oneOnOnesEn }) => oneOnOnesEn,
      ),
    de: () =>
      typed<typeof oneOnOnes>(import('../performance/oneOnOnes/messages.ts?lang=de')).then(
        ({ oneOnOnesDe }) => oneOnOnesDe,
      ),
  },
  feedback: {
    en: () =>
      typed<typeof feedback>(import('../performance/feedback/messages.ts?lang=en')).then(
        ({ feedbackEn }) => feedbackEn,
      ),
    de: () =>
      typed<typeof feedback>(import('../performance/feedback/messages.ts?lang=de')).then(
        ({ feedbackDe }) => feedbackDe,
      ),
  },
  reviews: {
    en: () =>
      typed<typeof reviews>(import('../performance/reviews/messages.ts?lang=en')).then(
        ({ reviewsEn }) => reviewsEn,
      ),
    de: () =>
      typed<typeof reviews>(import('../performance/reviews/messages.ts?lang=de')).then(
        ({ reviewsDe }) => reviewsDe,
      ),
  },
  calibration: {
    en: () =>
      typed<typeof calibration>(import('../performance/calibration/messages.ts?lang=en')).then(
        ({ calibrationEn }) => calibrationEn,
      ),
    de: () =>
      typed<typeof calibration>(import('../performance/calibration/messages.ts?lang=de')).then(
        ({ calibrationDe }) => calibrationDe,
      ),
  },
  compensation: {
    en: () =>
      typed<typeof compensation>(import('../performance/compensation/messages.ts?lang=en')).then(
        ({ compensationEn }) => compensationEn,
      ),
    de: () =>
      typed<typeof compensation>(import('../performance/compensation/messages.ts?lang=de')).then(
        ({ compensationDe }) => compensationDe,
      ),
  },
  improvementPlans: {
    en: () =>
      typed<typeof improvementPlans>(import('../performance/improvementPlans/messages.ts?lang=en')).then(
        ({ improvementPlansEn }) => improvementPlansEn,
      ),
    de: () =>
      typed<typeof improvementPlans>(import('../performance/improvementPlans/messages.ts?lang=de')).then(
        ({ improvementPlansDe }) => improvementPlansDe,
      ),
  },
  notifications: {
    en: () =>
      typed<typeof notifications>(import('../platform/notifications/messages.ts?lang=en')).then(
        ({ notificationsEn }) => notificationsEn,
      ),
    de: () =>
      typed<typeof notifications>(import('../platform/notifications/messages.ts?lang=de')).then(
        ({ notificationsDe }) => notificationsDe,
      ),
  },
  aspirations: {
    en: () =>
      typed<typeof aspirations>(import('../growth/aspirations/messages.ts?lang=en')).then(
        ({ aspirationsEn }) => aspirationsEn,
      ),
    de: () =>
      typed<typeof aspirations>(import('../growth/aspirations/messages.ts?lang=de')).then(
        ({ aspirationsDe }) => aspirationsDe,
      ),
  },
  coaching: {
    en: () =>
      typed<typeof coaching>(import('../growth/coaching/messages.ts?lang=en')).then(
        ({ coachingEn }) => coachingEn,
      ),
    de: () =>
      typed<typeof coaching>(import('../growth/coaching/messages.ts?lang=de')).then(
        ({ coachingDe }) => coachingDe,
      ),
  },
  mentoring: {
    en: () =>
      typed<typeof mentoring>(import('../growth/mentoring/messages.ts?lang=en')).then(
        ({ mentoringEn }) => mentoringEn,
      ),
    de: () =>
      typed<typeof mentoring>(import('../growth/mentoring/messages.ts?lang=de')).then(
        ({ mentoringDe }) => mentoringDe,
      ),
  },
  talent: {
    en: () =>
      typed<typeof talent>(import('../growth/talent/messages.ts?lang=en')).then(({ talentEn }) => talentEn),
    de: () =>
      typed<typeof talent>(import('../growth/talent/messages.ts?lang=de')).then(({ talentDe }) => talentDe),
  },
  succession: {
    en: () =>
      typed<typeof succession>(import('../growth/succession/messages.ts?lang=en')).then(
        ({ successionEn }) => successionEn,
      ),
    de: () =>
      typed<typeof succession>(import('../growth/succession/messages.ts?lang=de')).then(
        ({ successionDe }) => successionDe,
      ),
  },
  surveys: {
    en: () =>
      typed<typeof surveys>(import('../growth/surveys/messages.ts?lang=en')).then(
        ({ surveysEn }) => surveysEn,
      ),
    de: () =>
      typed<typeof surveys>(import('../growth/surveys/messages.ts?lang=de')).then(
        ({ surveysDe }) => surveysDe,
      ),
  },
  conversations: {
    en: () =>
      typed<typeof conversations>(import('../growth/conversations/messages.ts?lang=en')).then(
        ({ conversationsEn }) => conversationsEn,
      ),
    de: () =>
      typed<typeof conversations>(import('../growth/conversations/messages.ts?lang=de')).then(
        ({ conversationsDe }) => conversationsDe,
      ),
  },
  paths: {
    en: () =>
      typed<typeof paths>(import('../growth/paths/messages.ts?lang=en')).then(({ pathsEn }) => pathsEn),
    de: () =>
      typed<typeof paths>(import('../growth/paths/messages.ts?lang=de')).then(({ pathsDe }) => pathsDe),
  },
  learning: {
    en: () =>
      typed<typeof learning>(import('../growth/learning/messages.ts?lang=en')).then(
        ({ learningEn }) => learningEn,
      ),
    de: () =>
      typed<typeof learning>(import('../growth/learning/messages.ts?lang=de')).then(
        ({ learningDe }) => learningDe,
      ),
  },
  plans: {
    en: () =>
      typed<typeof plans>(import('../growth/plans/messages.ts?lang=en')).then(({ plansEn }) => plansEn),
    de: () =>
      typed<typeof plans>(import('../growth/plans/messages.ts?lang=de')).then(({ plansDe }) => plansDe),
  },
  feedback360: {
    en: () =>
      typed<typeof feedback360>(import('../growth/feedback360/messages.ts?lang=en')).then(
        ({ feedback360En }) => feedback360En,
      ),
    de: () =>
      typed<typeof feedback360>(import('../growth/feedback360/messages.ts?lang=de')).then(
        ({ feedback360De }) => feedback360De,
      ),
  },
  dataExport: {
    en: () =>
      typed<typeof dataExport>(import('../platform/dataExport/messages.ts?lang=en')).then(
        ({ dataExportEn }) => dataExportEn,
      ),
    de: () =>
      typed<typeof dataExport>(import('../platform/dataExport/messages.ts?lang=de')).then(
        ({ dataExportDe }) => dataExportDe,
      ),
  },
  profile: {
    en: () =>
      typed<typeof profile>(import('../org/profile/messages.ts?lang=en')).then(({ profileEn }) => profileEn),
    de: () =>
      typed<typeof profile>(import('../org/profile/messages.ts?lang=de')).then(({ profileDe }) => profileDe),
  },
  admin: {
    en: () =>
      typed<typeof admin>(import('../platform/admin/messages.ts?lang=en')).then(({ adminEn }) => adminEn),
    de: () =>
      typed<typeof admin>(import('../platform/admin/messages.ts?lang=de')).then(({ adminDe }) => adminDe),
  },
  erasure: {
    en: () =>
      typed<typeof erasure>(import('../platform/erasure/messages.ts?lang=en')).then(
        ({ erasureEn }) => erasureEn,
      ),
    de: () =>
      typed<typeof erasure>(import('../platform/erasure/messages.ts?lang=de')).then(
        ({ erasureDe }) => erasureDe,
      ),
  },
  analytics: {
    en: () =>
      typed<typeof analytics>(import('../insights/analytics/messages.ts?lang=en')).then(
        ({ analyticsEn }) => analyticsEn,
      ),
    de: () =>
      typed<typeof analytics>(import('../insights/analytics/messages.ts?lang=de')).then(
        ({ analyticsDe }) => analyticsDe,
      ),
  },
  metricCard: {
    en: () =>
      typed<typeof metricCard>(import('../insights/charts/messages.ts?lang=en')).then(
        ({ metricCardEn }) => metricCardEn,
      ),
    de: () =>
      typed<typeof metricCard>(import('../insights/charts/messages.ts?lang=de')).then(
        ({ metricCardDe }) => metricCardDe,
      ),
  },
  teamView: {
    en: () =>
      typed<typeof teamView>(import('../insights/team/messages.ts?lang=en')).then(
        ({ teamViewEn }) => teamViewEn,
      ),
    de: () =>
      typed<typeof teamView>(import('../insights/team/messages.ts?lang=de')).then(
        ({ teamViewDe }) => teamViewDe,
      ),
  },
};

export type AreaName = keyof typeof areaLoaders;

/** Each area's English messages under its key, as the full catalogue nests them. */
export type AreaCatalogues = {
  [K in AreaName]: Awaited<ReturnType<(typeof areaLoaders)[K]['en']>>;
};
