import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  assessTalentRequest,
  promotionReadiness,
  type TalentCard,
  talentBand,
} from '../../../contracts/talent';
import { apiPut } from '../../api/client';
import { FormErrorBanner } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { talentKeys } from './api';

const questions = ['learningAgility', 'scopeGrowth', 'leadingOthers'] as const;

interface Answer {
  level: string | null;
  evidence: string;
}
interface Draft {
  learningAgility: Answer;
  scopeGrowth: Answer;
  leadingOthers: Answer;
  retentionRisk: string | null;
  retentionRiskReason: string;
  lossImpact: string | null;
  promotionReadiness: string | null;
}

const draftOf = (card: TalentCard): Draft => ({
  learningAgility: {
    level: card.learningAgility?.level ?? null,
    evidence: card.learningAgility?.evidence ?? '',
  },
  scopeGrowth: { level: card.scopeGrowth?.level ?? null, evidence: card.scopeGrowth?.evidence ?? '' },
  leadingOthers: { level: card.leadingOthers?.level ?? null, evidence: card.leadingOthers?.evidence ?? '' },
  retentionRisk: card.retentionRisk,
  retentionRiskReason: card.retentionRiskReason,
  lossImpact: card.lossImpact,
  promotionReadiness: card.promotionReadiness,
});

/** The potential assessment: three behaviour-anchored answers with evidence, and the separate fields. */
export function AssessmentForm({ card }: { card: TalentCard }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const bands = talentBand.options.map((b) => ({ value: b, label: t(`talent.bands.${b}`) }));
  const form = useContractForm({
    schema: assessTalentRequest,
    initialValues: draftOf(card),
    toRequest: (draft: Draft) => ({ ...draft, version: card.version }) as never,
    validate: (draft) =>
      Object.fromEntries(
        questions.flatMap((q) =>
          draft[q].evidence.trim() ? [] : [[`${q}.evidence`, t('talent.assess.evidenceRequired')]],
        ),
      ),
    overrideContractMessages: true,
    submit: (body) =>
      apiPut('/api/growth/talent/sessions/{sessionId}/people/{personId}/assessment', {
        params: { path: { sessionId: card.sessionId, personId: card.person.id } },
        body,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: talentKeys.all });
      showToast({ tone: 'positive', message: t('talent.assess.saved') });
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.onSubmit} noValidate data-testid="talent-assessment">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('talent.assess.title')}
        </Title>
        {questions.map((q) => (
          <Fieldset key={q} legend={t(`talent.assess.${q}`)} variant="filled">
            <Stack gap={6}>
              <Select
                label={t('talent.assess.level')}
                description={t(`talent.assess.${q}Hint`)}
                data={bands}
                required
                allowDeselect={false}
                {...form.form.getInputProps(`${q}.level`)}
                data-testid={`assess-${q}-level`}
              />
              <Textarea
                label={t('talent.assess.evidence')}
                placeholder={t('talent.assess.evidencePlaceholder')}
                required
                autosize
                minRows={2}
                {...form.form.getInputProps(`${q}.evidence`)}
                data-testid={`assess-${q}-evidence`}
              />
            </Stack>
          </Fieldset>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('talent.assess.retentionRisk')}
            placeholder={t('talent.assess.notSet')}
            data={bands}
            clearable
            {...form.form.getInputProps('retentionRisk')}
          />
          <Select
            label={t('talent.assess.lossImpact')}
            placeholder={t('talent.assess.notSet')}
            data={bands}
            clearable
            {...form.form.getInputProps('lossImpact')}
          />
          <Select
            label={t('talent.assess.promotionReadiness')}
            placeholder={t('talent.assess.notSet')}
            data={promotionReadiness.options.map((r) => ({ value: r, label: t(`talent.readiness.${r}`) }))}
            clearable
            {...form.form.getInputProps('promotionReadiness')}
          />
        </SimpleGrid>
        <Textarea
          label={t('talent.assess.retentionRiskReason')}
          autosize
          minRows={2}
          {...form.form.getInputProps('retentionRiskReason')}
        />
        <FormErrorBanner form={form} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.pending} data-testid="assess-save">
            {t('talent.assess.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
