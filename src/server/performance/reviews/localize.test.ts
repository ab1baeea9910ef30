import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../platform/auth/tables';
import { createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { localizedContent, localizedScale } from './localize';
import type { TemplateContent } from './tables';
import { sampleCycle, sampleTemplate } from './testing';

const content: TemplateContent = {
  ratingScale: {
    labels: ['Below', 'Meets', 'Exceeds'],
    translations: { de: { labels: ['Darunter', '', 'Darüber'] } },
  },
  sections: [
    {
      id: 'results',
      title: 'Results',
      translations: { de: { title: 'Ergebnisse' } },
      questions: [
        {
          id: 'delivery',
          kind: 'rating',
          prompt: 'How well were the goals delivered?',
          help: 'Think of the whole period.',
          audience: 'both',
          translations: { de: { prompt: 'Wie gut wurden die Ziele erreicht?' } },
        },
        { id: 'wins', kind: 'text', prompt: 'What are you proudest of?', audience: 'self' },
      ],
    },
  ],
};

describe('per-language template texts', () => {
  it('give a German reader the German text and fall back to the template’s own where there is none', () => {
    const german = localizedContent(content, 'de');
    expect(german.ratingScale).toEqual({ labels: ['Darunter', 'Meets', 'Darüber'] });
    expect(german.sections[0]!.title).toBe('Ergebnisse');
    expect(german.sections[0]!.questions.map((q) => q.prompt)).toEqual([
      'Wie gut wurden die Ziele erreicht?',
      'What are you proudest of?',
    ]);
    // An untranslated help text stays as written; translations never reach the reader.
    expect(german.sections[0]!.questions[0]!.help).toBe('Think of the whole period.');
    expect(JSON.stringify(german)).not.toContain('translations');
  });

  it('give anyone else the template’s own text', () => {
    const english = localizedContent(content, 'en');
    expect(english.ratingScale.labels).toEqual(['Below', 'Meets', 'Exceeds']);
    expect(english.sections[0]!.title).toBe('Results');
    expect(english.sections[0]!.questions[0]!.prompt).toBe('How well were the goals delivered?');
    expect(localizedScale({ labels: ['A', 'B'] }, 'de').labels).toEqual(['A', 'B']);
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('a review form in the reader’s language', () => {
  it('shows HR’s German question and labels to a German reader, English to an English one', async () => {
    const db = server.database.db;
    const cast = await createCast(db);
    const client = async (person: { accountId: string | null }) =>
      new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
    const hr = await client(cast.hr);
    const template = sampleTemplate('Bilingual review');
    template.content.ratingScale.translations = {
      de: { labels: ['Weit darunter', 'Darunter', 'Erfüllt', '', 'Weit darüber'] },
    };
    const delivery = template.content.sections[0]!.questions[0]!;
    delivery.translations = { de: { prompt: 'Wie gut wurden die Ziele erreicht?' } };
    const created = await hr.post('/api/review-templates', template);
    expect(created.status).toBe(201);
    // HR reads the template back with both languages, to edit them.
    const detail = await hr.get(`/api/review-templates/${created.body.id}`);
    expect(detail.body.content.ratingScale.translations.de.labels[0]).toBe('Weit darunter');
    expect(detail.body.content.sections[0].questions[0].translations.de.prompt).toBe(
      'Wie gut wurden die Ziele erreicht?',
    );

    const cycle = await hr.post('/api/review-cycles', sampleCycle(created.body.id));
    expect(cycle.status).toBe(201);
    const launched = await hr.post(`/api/review-cycles/${cycle.body.id}/launch`, {
      version: cycle.body.version,
    });
    expect(launched.status).toBe(200);

    await db.update(accounts).set({ locale: 'de' }).where(eq(accounts.id, cast.employee.accountId!));
    const employee = await client(cast.employee);
    const tasks = await employee.get('/api/reviews/tasks');
    const own = tasks.body.items.find((t: { kind: string }) => t.kind === 'self');
    const read = async (viewer: ApiClient) => {
      const review = (await viewer.get(`/api/reviews/${own.reviewId}`)).body;
      const self = review.forms.find((f: { kind: string }) => f.kind === 'self');
      const prompts = Object.fromEntries(
        self.questions.map((q: { id: string; prompt: string }) => [q.id, q.prompt]),
      );
      return { labels: review.cycle.ratingScale.labels, prompts, scale: review.cycle.ratingScale };
    };

    const german = await read(employee);
    expect(german.labels).toEqual(['Weit darunter', 'Darunter', 'Erfüllt', 'Exceeds', 'Weit darüber']);
    expect(german.prompts.delivery).toBe('Wie gut wurden die Ziele erreicht?');
    // No German text written: the English one.
    expect(german.prompts.wins).toBe('What are you proudest of?');
    expect(german.scale).not.toHaveProperty('translations');

    const english = await read(await client(cast.manager));
    expect(english.labels).toEqual(['Far below', 'Below', 'Meets', 'Exceeds', 'Far exceeds']);
    expect(english.prompts.delivery).toBe('How well were the goals delivered?');
  });
});
