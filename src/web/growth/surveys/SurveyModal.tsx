import {
  Alert,
  Checkbox,
  Fieldset,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  type CreateSurveyRequest,
  createSurveyRequest,
  SURVEY_COMMENT_THRESHOLD_DEFAULT,
  SURVEY_THRESHOLD_DEFAULT,
  SURVEY_THRESHOLD_MIN,
  type Survey,
  type SurveyDriver,
  type SurveySchedule,
  surveyDrivers,
  surveySchedules,
  type UpdateSurveyRequest,
  updateSurveyRequest,
} from '../../../contracts/surveys';
import { toneAlert } from '../../app/statusColors';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { departmentsQuery } from '../../org/api';
import { starterQuestionsQuery, surveyKeys, surveyWrites } from './api';

interface Values {
  name: string;
  likertKeys: string[];
  enps: boolean;
  commentPrompts: string;
  audienceKind: 'organization' | 'departments';
  departmentIds: string[];
  schedule: SurveySchedule;
  driversPerRound: number | string;
  openDays: number | string;
  anonymity: { threshold: number | string; commentThreshold: number | string };
}

const itemKey = (driver: SurveyDriver, prompt: string) => `${driver}::${prompt}`;
const fromKey = (key: string) => {
  const at = key.indexOf('::');
  return { driver: key.slice(0, at) as SurveyDriver, prompt: key.slice(at + 2) };
};
const asNumber = (value: number | string) => (typeof value === 'number' ? value : Number(value));

function initialValues(survey: Survey | undefined): Values {
  if (!survey)
    return {
      name: '',
      likertKeys: [],
      enps: true,
      commentPrompts: '',
      audienceKind: 'organization',
      departmentIds: [],
      schedule: 'one_off',
      driversPerRound: '',
      openDays: 7,
      anonymity: { threshold: SURVEY_THRESHOLD_DEFAULT, commentThreshold: SURVEY_COMMENT_THRESHOLD_DEFAULT },
    };
  return {
    name: survey.name,
    likertKeys: survey.questions
      .filter((q) => q.kind === 'likert' && q.driver)
      .map((q) => itemKey(q.driver!, q.prompt)),
    enps: survey.questions.some((q) => q.kind === 'enps'),
    commentPrompts: survey.questions
      .filter((q) => q.kind === 'comment')
      .map((q) => q.prompt)
      .join('\n'),
    audienceKind: survey.audience.kind,
    departmentIds: survey.audience.kind === 'departments' ? survey.audience.departmentIds : [],
    schedule: survey.schedule,
    driversPerRound: survey.driversPerRound ?? '',
    openDays: survey.openDays,
    anonymity: { ...survey.anonymity },
  };
}

/**
 * Set up or change a survey or recurring pulse (HR admins). The questions can change only until a
 * round was launched, the anonymity rules only until the first answer arrived: after that both are
 * shown locked with the reason, since the server refuses the change (409).
 */
export function SurveyModal({
  opened,
  onClose,
  survey,
}: {
  opened: boolean;
  onClose: () => void;
  survey?: Survey;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const starter = useQuery({ ...starterQuestionsQuery, enabled: opened });
  const departments = useQuery({ ...departmentsQuery, enabled: opened });
  const questionsLocked = survey !== undefined && survey.roundCount > 0;
  const rulesLocked = survey !== undefined && !survey.abilities.editAnonymity;
  // The library's wording of the eNPS item; the app's own sentence while the library loads.
  const enpsPrompt =
    starter.data?.questions.find((q) => q.kind === 'enps')?.prompt ?? t('surveys.form.enpsPrompt');
  const starterComments =
    starter.data?.questions.filter((q) => q.kind === 'comment').map((q) => q.prompt) ?? [];

  const questionsOf = (values: Values) => [
    ...values.likertKeys.map((key) => ({ kind: 'likert' as const, ...fromKey(key) })),
    ...(values.enps ? [{ kind: 'enps' as const, driver: null, prompt: enpsPrompt }] : []),
    ...values.commentPrompts
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((prompt) => ({ kind: 'comment' as const, driver: null, prompt })),
  ];
  const common = (values: Values) => ({
    name: values.name.trim(),
    audience:
      values.audienceKind === 'organization'
        ? ({ kind: 'organization' } as const)
        : ({ kind: 'departments', departmentIds: values.departmentIds } as const),
    schedule: values.schedule,
    driversPerRound: values.driversPerRound === '' ? null : asNumber(values.driversPerRound),
    openDays: asNumber(values.openDays),
  });
  const anonymityOf = (values: Values) => ({
    threshold: asNumber(values.anonymity.threshold),
    commentThreshold: asNumber(values.anonymity.commentThreshold),
  });

  const form = useContractForm<Values, Record<string, unknown>, Survey>({
    initialValues: initialValues(survey),
    opened,
    schema: survey ? updateSurveyRequest : createSurveyRequest,
    toRequest: (values) =>
      survey
        ? {
            version: survey.version,
            ...common(values),
            ...(questionsLocked ? {} : { questions: questionsOf(values) }),
            ...(rulesLocked ? {} : { anonymity: anonymityOf(values) }),
          }
        : { ...common(values), questions: questionsOf(values), anonymity: anonymityOf(values) },
    validate: (values) =>
      values.likertKeys.length === 0 && !questionsLocked ? { likertKeys: t('surveys.form.noLikert') } : {},
    // The body passed the contract's check above (`schema`), so it has the request's shape.
    submit: (body): Promise<Survey> =>
      survey
        ? surveyWrites.update(survey.id, body as UpdateSurveyRequest)
        : surveyWrites.create(body as CreateSurveyRequest),
    onSuccess: (saved) => {
      queryClient.setQueryData(surveyKeys.survey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['surveys', 'list'] });
      showToast({ tone: 'positive', message: survey ? t('surveys.form.saved') : t('surveys.form.created') });
      onClose();
      if (!survey) void navigate({ to: '/growth/surveys/manage/$surveyId', params: { surveyId: saved.id } });
    },
  });
  const values = form.form.getValues();

  // The starter items by driver, plus any item of this survey that is not (or no longer) in the library.
  const library = starter.data?.questions.filter((q) => q.kind === 'likert' && q.driver) ?? [];
  const items = [
    ...library.map((q) => ({ driver: q.driver!, prompt: q.prompt })),
    ...(survey?.questions ?? [])
      .filter((q) => q.kind === 'likert' && q.driver && !library.some((l) => l.prompt === q.prompt))
      .map((q) => ({ driver: q.driver!, prompt: q.prompt })),
  ];

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={survey ? t('surveys.form.editTitle') : t('surveys.form.createTitle')}
      form={form}
      size="xl"
      submitLabel={survey ? t('surveys.form.save') : t('surveys.form.create')}
      submitProps={{ 'data-testid': 'survey-save' }}
      testId="survey-form-modal"
      errorPlacement="bottom"
    >
      <TextInput
        label={t('surveys.form.name')}
        placeholder={t('surveys.form.namePlaceholder')}
        data-autofocus
        withAsterisk
        {...form.form.getInputProps('name')}
      />
      <Fieldset legend={t('surveys.form.questions')} variant="unstyled">
        {questionsLocked ? (
          <Alert {...toneAlert('neutral')} icon={<IconLock size={16} aria-hidden />}>
            {t('surveys.form.questionsLocked')}
          </Alert>
        ) : (
          <Checkbox.Group
            description={t('surveys.form.questionsHelp')}
            {...form.form.getInputProps('likertKeys')}
            data-testid="survey-items"
          >
            <Stack gap="sm" mt="xs">
              {surveyDrivers
                .filter((driver) => items.some((item) => item.driver === driver))
                .map((driver) => (
                  <Stack key={driver} gap={4}>
                    <Text size="sm" fw={600}>
                      {t(`surveys.drivers.${driver}`)}
                    </Text>
                    {items
                      .filter((item) => item.driver === driver)
                      .map((item) => (
                        <Checkbox
                          key={item.prompt}
                          value={itemKey(driver, item.prompt)}
                          label={item.prompt}
                        />
                      ))}
                  </Stack>
                ))}
            </Stack>
          </Checkbox.Group>
        )}
      </Fieldset>
      {questionsLocked ? null : (
        <>
          <Switch
            label={t('surveys.form.enps')}
            description={t('surveys.form.enpsHelp')}
            {...form.form.getInputProps('enps', { type: 'checkbox' })}
          />
          <Textarea
            label={t('surveys.form.comments')}
            description={t('surveys.form.commentsHelp')}
            placeholder={starterComments.join('\n')}
            autosize
            minRows={2}
            {...form.form.getInputProps('commentPrompts')}
          />
        </>
      )}
      <Radio.Group label={t('surveys.form.audience')} {...form.form.getInputProps('audienceKind')}>
        <Stack gap={6} mt={6}>
          <Radio value="organization" label={t('surveys.form.audienceOrganization')} />
          <Radio value="departments" label={t('surveys.form.audienceDepartments')} />
        </Stack>
      </Radio.Group>
      {values.audienceKind === 'departments' ? (
        <MultiSelect
          label={t('surveys.form.departments')}
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          searchable
          {...form.form.getInputProps('departmentIds')}
          error={form.form.errors.departmentIds ?? form.form.errors['audience.departmentIds']}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('surveys.form.schedule')}
          data={surveySchedules.map((value) => ({ value, label: t(`surveys.schedules.${value}`) }))}
          allowDeselect={false}
          {...form.form.getInputProps('schedule')}
        />
        <NumberInput
          label={t('surveys.form.openDays')}
          min={1}
          max={28}
          {...form.form.getInputProps('openDays')}
        />
        <NumberInput
          label={t('surveys.form.rotation')}
          min={1}
          max={surveyDrivers.length}
          allowDecimal={false}
          {...form.form.getInputProps('driversPerRound')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('surveys.form.rotationHelp')}
      </Text>
      <Fieldset legend={t('surveys.form.anonymity')}>
        <Stack gap="sm">
          {rulesLocked ? (
            <Alert
              {...toneAlert('neutral')}
              icon={<IconLock size={16} aria-hidden />}
              data-testid="survey-rules-locked"
            >
              {t('surveys.form.locked')}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('surveys.form.threshold')}
              description={t('surveys.form.thresholdHelp', {
                min: SURVEY_THRESHOLD_MIN,
                def: SURVEY_THRESHOLD_DEFAULT,
              })}
              min={SURVEY_THRESHOLD_MIN}
              allowDecimal={false}
              disabled={rulesLocked}
              {...form.form.getInputProps('anonymity.threshold')}
            />
            <NumberInput
              label={t('surveys.form.commentThreshold')}
              description={t('surveys.form.commentThresholdHelp', { def: SURVEY_COMMENT_THRESHOLD_DEFAULT })}
              min={SURVEY_THRESHOLD_MIN}
              allowDecimal={false}
              disabled={rulesLocked}
              {...form.form.getInputProps('anonymity.commentThreshold')}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
    </FormModal>
  );
}
