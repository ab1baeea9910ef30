import type { CreateCycleRequest, CreateTemplateRequest } from '../../../contracts/reviews';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, type TestServer } from '../../testing/http';

/** A small template: a rated question and a competency for both, a text for each audience. */
export const sampleTemplate = (name = 'Annual review'): CreateTemplateRequest => ({
  name,
  description: 'Used in tests',
  content: {
    ratingScale: { labels: ['Far below', 'Below', 'Meets', 'Exceeds', 'Far exceeds'] },
    sections: [
      {
        id: 'results',
        title: 'Results',
        questions: [
          {
            id: 'delivery',
            kind: 'rating',
            prompt: 'How well were the goals delivered?',
            audience: 'both',
            weight: 60,
            required: true,
          },
          {
            id: 'collab',
            kind: 'competency',
            competency: 'Collaboration',
            prompt: 'Collaboration',
            audience: 'both',
            weight: 40,
          },
          { id: 'wins', kind: 'text', prompt: 'What are you proudest of?', audience: 'self', required: true },
          { id: 'feedback', kind: 'text', prompt: 'Your feedback', audience: 'manager', required: true },
        ],
      },
    ],
  },
});

export const sampleCycle = (
  templateId: string,
  overrides: Partial<CreateCycleRequest> = {},
): CreateCycleRequest => ({
  name: 'H2 2026',
  periodStart: '2026-07-01',
  periodEnd: '2026-12-31',
  templateId,
  selfReviewDue: '2027-01-10',
  peerInputDue: '2027-01-15',
  managerReviewDue: '2027-01-20',
  calibrationDue: '2027-01-31',
  releaseDue: '2027-02-07',
  acknowledgeDue: '2027-02-14',
  ...overrides,
});

export interface LaunchedCycle {
  cast: Cast;
  client: (person: { accountId: string | null }) => Promise<ApiClient>;
  hr: ApiClient;
  cycleId: string;
  templateId: string;
  /** The review of cast.employee (reviewer: cast.manager). */
  reviewId: string;
  selfFormId: string;
  managerFormId: string;
}

/** A cast with a launched cycle covering everyone, over HTTP as HR would do it. */
export async function launchCycleForCast(
  server: TestServer,
  cycleOverrides: Partial<CreateCycleRequest> = {},
): Promise<LaunchedCycle> {
  const cast = await createCast(server.database.db);
  const client = async (person: { accountId: string | null }) =>
    new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
  const hr = await client(cast.hr);
  const template = await hr.post('/api/review-templates', sampleTemplate());
  if (template.status !== 201) throw new Error(`template: ${template.text}`);
  const cycle = await hr.post('/api/review-cycles', sampleCycle(template.body.id, cycleOverrides));
  if (cycle.status !== 201) throw new Error(`cycle: ${cycle.text}`);
  const launched = await hr.post(`/api/review-cycles/${cycle.body.id}/launch`, {
    version: cycle.body.version,
  });
  if (launched.status !== 200) throw new Error(`launch: ${launched.text}`);
  const tasks = await (await client(cast.employee)).get('/api/reviews/tasks');
  const own = tasks.body.items.find((t: { kind: string }) => t.kind === 'self');
  const review = await (await client(cast.manager)).get(`/api/reviews/${own.reviewId}`);
  const formOf = (kind: string) => review.body.forms.find((f: { kind: string }) => f.kind === kind).id;
  return {
    cast,
    client,
    hr,
    cycleId: cycle.body.id,
    templateId: template.body.id,
    reviewId: own.reviewId,
    selfFormId: formOf('self'),
    managerFormId: formOf('manager'),
  };
}

/** Answers every required question of a form and submits it. */
export async function fillAndSubmit(
  api: ApiClient,
  formId: string,
  answers: Record<string, { rating?: number; text?: string }>,
) {
  for (const [questionId, value] of Object.entries(answers)) {
    const saved = await api.put(`/api/review-forms/${formId}/answers/${questionId}`, {
      ...value,
      version: 0,
    });
    if (saved.status !== 200) throw new Error(`save ${questionId}: ${saved.text}`);
  }
  return api.post(`/api/review-forms/${formId}/submit`);
}

export const selfAnswers = {
  delivery: { rating: 4 },
  collab: { rating: 3 },
  wins: { text: 'Shipped the billing rewrite' },
};
export const managerAnswers = {
  delivery: { rating: 4 },
  collab: { rating: 2 },
  feedback: { text: 'Strong delivery; work on handovers.' },
  proposed_rating: { rating: 4 },
};
