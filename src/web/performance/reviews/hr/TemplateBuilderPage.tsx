import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateContentDto, TemplateDetail } from '../../../../contracts/reviews';
import { isApiError } from '../../../api/client';
import { toneColor } from '../../../app/statusColors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AnchorLink } from '../../../components/links';
import { Page } from '../../../components/Page';
import { QueryView } from '../../../components/QueryView';
import { showToast } from '../../../components/showToast';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { apiFieldErrors } from '../../../i18n/issues';
import { reviewWrites, templateQuery } from '../api';
import { QuestionEditor } from './QuestionEditor';
import { emptyContent, move, newQuestion, newSection, resizeScale } from './templateDraft';

export function TemplateBuilderPage() {
  const { t } = useTranslation();
  const { templateId } = useParams({ from: '/app/performance/review-templates/$templateId' });
  const isNew = templateId === 'new';
  const existing = useQuery({ ...templateQuery(templateId), enabled: !isNew });
  return (
    <Page
      title={isNew ? t('reviews.builder.newTitle') : t('reviews.builder.editTitle')}
      above={
        <AnchorLink to="/performance/review-templates" size="sm">
          {t('reviews.builder.back')}
        </AnchorLink>
      }
    >
      {isNew ? (
        <Builder initial={null} />
      ) : (
        <QueryView query={existing} skeleton={<TableSkeleton />}>
          {(template) => <Builder initial={template} />}
        </QueryView>
      )}
    </Page>
  );
}

function Builder({ initial }: { initial: TemplateDetail | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [content, setContent] = useState<TemplateContentDto>(initial?.content ?? emptyContent());
  const [version, setVersion] = useState(initial?.version ?? 0);
  useEffect(() => {
    if (initial) setVersion(initial.version);
  }, [initial]);
  const save = useMutation({
    mutationFn: () =>
      initial
        ? reviewWrites.updateTemplate(initial.id, { name, description, content, version })
        : reviewWrites.createTemplate({ name, description, content }),
    onSuccess: (saved) => {
      setVersion(saved.version);
      showToast({ tone: 'positive', message: t('reviews.builder.saved') });
      void queryClient.invalidateQueries({ queryKey: ['review-templates'] });
      if (!initial)
        void navigate({ to: '/performance/review-templates/$templateId', params: { templateId: saved.id } });
    },
  });
  const errors = isApiError(save.error, 'validation_failed') ? apiFieldErrors(save.error) : {};
  const labels = content.ratingScale.labels;
  const germanLabels = content.ratingScale.translations?.de?.labels ?? [];
  const setSections = (sections: TemplateContentDto['sections']) => setContent({ ...content, sections });

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <TextInput
            label={t('reviews.builder.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-testid="template-name"
          />
          <Textarea
            label={t('reviews.builder.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={2}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="builder-scale-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="builder-scale-title">
            {t('reviews.builder.scale')}
          </Title>
          <NumberInput
            label={t('reviews.builder.scaleSize')}
            min={2}
            max={10}
            value={labels.length}
            onChange={(value) => {
              const size = Math.min(10, Math.max(2, Number(value) || 2));
              setContent({
                ...content,
                ratingScale: { ...content.ratingScale, labels: resizeScale(labels, size) },
              });
            }}
            maw={220}
            data-testid="template-scale-size"
          />
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
            {labels.map((label, index) => (
              <TextInput
                // biome-ignore lint/suspicious/noArrayIndexKey: a scale point is its position
                key={index}
                label={t('reviews.builder.label', { point: index + 1 })}
                value={label}
                onChange={(e) => {
                  const next = [...labels];
                  next[index] = e.currentTarget.value;
                  setContent({ ...content, ratingScale: { ...content.ratingScale, labels: next } });
                }}
                error={errors[`content.ratingScale.labels.${index}`]}
                data-testid={`template-label-${index + 1}`}
              />
            ))}
          </SimpleGrid>
          <Text size="sm" fw={600} mt="xs">
            {t('reviews.builder.scaleGerman')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('reviews.builder.germanHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
            {labels.map((label, index) => (
              <TextInput
                // biome-ignore lint/suspicious/noArrayIndexKey: a scale point is its position
                key={index}
                label={t('reviews.builder.labelDe', { point: index + 1 })}
                lang="de"
                value={germanLabels[index] ?? ''}
                placeholder={label}
                onChange={(e) => {
                  const next = labels.map((_, i) => germanLabels[i] ?? '');
                  next[index] = e.currentTarget.value;
                  setContent({
                    ...content,
                    ratingScale: { ...content.ratingScale, translations: { de: { labels: next } } },
                  });
                }}
                error={errors[`content.ratingScale.translations.de.labels.${index}`]}
                data-testid={`template-label-de-${index + 1}`}
              />
            ))}
          </SimpleGrid>
        </Stack>
      </Paper>
      <Title order={2} size="h3">
        {t('reviews.builder.sections')}
      </Title>
      {content.sections.map((section, s) => (
        <Paper
          key={section.id}
          withBorder
          p="md"
          component="section"
          aria-label={t('reviews.builder.section', { number: s + 1 })}
        >
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <TextInput
                label={t('reviews.builder.sectionTitle')}
                required
                value={section.title}
                onChange={(e) =>
                  setSections(
                    content.sections.map((x, i) => (i === s ? { ...x, title: e.currentTarget.value } : x)),
                  )
                }
                error={errors[`content.sections.${s}.title`]}
                style={{ flex: 1 }}
                data-testid={`builder-section-title-${s + 1}`}
              />
              <TextInput
                label={t('reviews.builder.sectionTitleDe')}
                lang="de"
                value={section.translations?.de?.title ?? ''}
                placeholder={section.title}
                onChange={(e) =>
                  setSections(
                    content.sections.map((x, i) =>
                      i === s
                        ? {
                            ...x,
                            translations: { de: { ...x.translations?.de, title: e.currentTarget.value } },
                          }
                        : x,
                    ),
                  )
                }
                style={{ flex: 1 }}
                data-testid={`builder-section-title-de-${s + 1}`}
              />
              <Button
                variant="subtle"
                color={toneColor.negative}
                onClick={() => setSections(content.sections.filter((_, i) => i !== s))}
                disabled={content.sections.length === 1}
              >
                {t('reviews.builder.removeSection')}
              </Button>
            </Group>
            {section.questions.map((question, q) => (
              <QuestionEditor
                key={question.id}
                question={question}
                number={q + 1}
                errors={errors}
                path={`content.sections.${s}.questions.${q}`}
                onChange={(next) =>
                  setSections(
                    content.sections.map((x, i) =>
                      i === s ? { ...x, questions: x.questions.map((y, j) => (j === q ? next : y)) } : x,
                    ),
                  )
                }
                onRemove={() =>
                  setSections(
                    content.sections.map((x, i) =>
                      i === s ? { ...x, questions: x.questions.filter((_, j) => j !== q) } : x,
                    ),
                  )
                }
                onMove={(by) =>
                  setSections(
                    content.sections.map((x, i) =>
                      i === s ? { ...x, questions: move(x.questions, q, by) } : x,
                    ),
                  )
                }
              />
            ))}
            <Button
              variant="default"
              onClick={() =>
                setSections(
                  content.sections.map((x, i) =>
                    i === s ? { ...x, questions: [...x.questions, newQuestion()] } : x,
                  ),
                )
              }
              style={{ alignSelf: 'flex-start' }}
              data-testid={`builder-add-question-${s + 1}`}
            >
              {t('reviews.builder.addQuestion')}
            </Button>
          </Stack>
        </Paper>
      ))}
      <Group justify="space-between">
        <Button variant="default" onClick={() => setSections([...content.sections, newSection()])}>
          {t('reviews.builder.addSection')}
        </Button>
        <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="template-save">
          {t('reviews.builder.save')}
        </Button>
      </Group>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
    </Stack>
  );
}
