import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { createPipRequest, type PipDetail, updatePipRequest } from '../../../contracts/improvementPlans';
import { today } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { toneAlert } from '../../app/statusColors';
import { FormErrorBanner } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { PersonPicker } from '../../org/PersonPicker';
import { pipQuery, pipWrites, storePlan } from './api';
import { PlanFormFields } from './PlanFormFields';
import { newPlanValues, type PlanFormValues, planContentOf, valuesOfPlan } from './planFormValues';

const newRoute = getRouteApi('/app/performance/improvement-plans/new');

/**
 * `/performance/improvement-plans/new` and `…/$planId/edit`: the plan editor. HR and the direct
 * manager draft and edit; only HR keeps a part to HR or shows the employee the reason. Editing a
 * published plan keeps a revision (the page says so before saving).
 */
export function PlanEditorPage() {
  const { planId } = useParams({ strict: false }) as { planId?: string };
  return planId ? <EditPlan planId={planId} /> : <NewPlan />;
}

function NewPlan() {
  const { t } = useTranslation();
  const me = useMe();
  const { employeeId } = newRoute.useSearch();
  return (
    <Page
      title={t('improvementPlans.editor.createTitle')}
      above={
        <AnchorLink to="/performance/improvement-plans" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('improvementPlans.plan.back')}
          </Group>
        </AnchorLink>
      }
    >
      <PlanForm
        initial={newPlanValues(today(), employeeId ?? null)}
        plan={null}
        hrChoices={hasRole(me, 'hr_admin')}
      />
    </Page>
  );
}

function EditPlan({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const plan = useQuery(pipQuery(planId));
  return (
    <Page
      title={t('improvementPlans.editor.editTitle')}
      above={
        <AnchorLink to="/performance/improvement-plans/$planId" params={{ planId }} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('improvementPlans.editor.backToPlan')}
          </Group>
        </AnchorLink>
      }
    >
      <QueryView query={plan}>
        {(data) => <PlanForm initial={valuesOfPlan(data)} plan={data} hrChoices={data.abilities.hrChoices} />}
      </QueryView>
    </Page>
  );
}

function PlanForm({
  initial,
  plan,
  hrChoices,
}: {
  initial: PlanFormValues;
  plan: PipDetail | null;
  hrChoices: boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useContractForm<PlanFormValues, object, PipDetail>({
    schema: plan ? updatePipRequest : createPipRequest,
    initialValues: initial,
    toRequest: (values) =>
      plan
        ? { version: plan.version, ...planContentOf(values) }
        : { employeeId: values.employeeId ?? '', ...planContentOf(values) },
    submit: (body) =>
      plan
        ? pipWrites.update(plan.id, body as Parameters<typeof pipWrites.update>[1])
        : pipWrites.create(body as Parameters<typeof pipWrites.create>[0]),
    onSuccess: (saved) => {
      storePlan(queryClient, saved);
      showToast({ tone: 'positive', message: t('improvementPlans.editor.saved') });
      void navigate({ to: '/performance/improvement-plans/$planId', params: { planId: saved.id } });
    },
  });
  const hidden = {
    reason: plan !== null && plan.reason === undefined,
    expectations: plan !== null && plan.expectations === undefined,
    support: plan !== null && plan.support === undefined,
    checkIns: plan !== null && plan.checkIns === undefined,
  };
  return (
    <form onSubmit={form.onSubmit} ref={form.formRef} noValidate>
      <Stack gap="md">
        {plan && plan.state !== 'draft' ? (
          <Alert {...toneAlert('caution')}>{t('improvementPlans.editor.publishedNote')}</Alert>
        ) : null}
        {plan ? null : (
          <Paper p="md" withBorder>
            <PersonPicker
              label={t('improvementPlans.editor.employee')}
              description={t('improvementPlans.editor.employeeHint')}
              value={form.form.getValues().employeeId}
              onChange={(person) => form.form.setFieldValue('employeeId', person?.id ?? null)}
              excludeId={me.person?.id}
              error={form.form.errors.employeeId}
              testId="pip-employee"
            />
          </Paper>
        )}
        <PlanFormFields form={form} hrChoices={hrChoices} hidden={hidden} />
        <FormErrorBanner form={form} />
        <Group justify="flex-end">
          <ButtonLink
            variant="default"
            to={plan ? '/performance/improvement-plans/$planId' : '/performance/improvement-plans'}
            params={plan ? { planId: plan.id } : undefined}
          >
            {t('improvementPlans.editor.cancel')}
          </ButtonLink>
          <Button type="submit" loading={form.pending} data-testid="pip-save">
            {plan ? t('improvementPlans.editor.save') : t('improvementPlans.editor.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
