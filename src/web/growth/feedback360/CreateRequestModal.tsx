import { Alert, Checkbox, MultiSelect, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type CreateRequest360, createRequest360 } from '../../../contracts/feedback360';
import { hasRole, useMe } from '../../app/session';
import { toneAlert } from '../../app/statusColors';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { translateIssue } from '../../i18n/issues';
import { PersonPicker } from '../../org/PersonPicker';
import { competenciesQuery, keys360, writes360 } from './api';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

interface RequestValues {
  forSomeone: boolean;
  subjectId: string | null;
  programName: string;
  deadline: string;
  requireManagerApproval: boolean;
  managerNamed: boolean;
  coachId: string | null;
  competencyIds: string[];
}

/** Start a 360 for oneself, or (HR) for someone in a leadership program. */
export function CreateRequestModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isHr = hasRole(me, 'hr_admin');
  const library = useQuery({ ...competenciesQuery, enabled: opened });
  const form = useContractForm<RequestValues, CreateRequest360, { id: string }>({
    schema: createRequest360,
    initialValues: {
      forSomeone: false,
      subjectId: null,
      programName: '',
      deadline: inDays(21),
      requireManagerApproval: false,
      managerNamed: false,
      coachId: null,
      competencyIds: [],
    },
    toRequest: (values) => ({
      ...(values.forSomeone && values.subjectId
        ? { subjectId: values.subjectId, programName: values.programName }
        : {}),
      deadline: values.deadline,
      requireManagerApproval: values.requireManagerApproval,
      managerNamed: values.managerNamed,
      coachId: values.coachId,
      ...(values.competencyIds.length > 0 ? { competencyIds: values.competencyIds } : {}),
    }),
    // "For someone else" needs that someone; without one it would start a 360 for oneself.
    validate: (values) =>
      values.forSomeone && !values.subjectId ? { subjectId: translateIssue({ code: 'choosePerson' }) } : {},
    submit: (body) => writes360.create(body),
    onSuccess: (created, values) => {
      void queryClient.invalidateQueries({ queryKey: keys360.all });
      showToast({ tone: 'positive', message: t('feedback360.create.created') });
      onClose();
      if (!values.forSomeone)
        void navigate({ to: '/growth/360/$requestId', params: { requestId: created.id } });
    },
    opened,
  });
  const values = form.form.getValues();
  const input = form.form.getInputProps;
  const emptyLibrary = library.data !== undefined && library.data.length === 0;

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('feedback360.create.title')}
      size="lg"
      form={form}
      submitLabel={t('feedback360.create.submit')}
      submitProps={{ disabled: emptyLibrary }}
    >
      {emptyLibrary ? <Alert {...toneAlert('caution')}>{t('feedback360.create.noLibrary')}</Alert> : null}
      {isHr ? (
        <Checkbox label={t('feedback360.create.forSomeone')} {...input('forSomeone', { type: 'checkbox' })} />
      ) : null}
      {values.forSomeone ? (
        <>
          <PersonPicker
            label={t('feedback360.create.subject')}
            value={values.subjectId}
            onChange={(person) => form.form.setFieldValue('subjectId', person?.id ?? null)}
            error={form.form.errors.subjectId}
          />
          <TextInput label={t('feedback360.create.program')} required {...input('programName')} />
        </>
      ) : null}
      <TextInput
        type="date"
        label={t('feedback360.create.deadline')}
        min={inDays(1)}
        required
        data-testid="feedback360-deadline"
        {...input('deadline')}
      />
      <MultiSelect
        label={t('feedback360.create.competencies')}
        description={t('feedback360.create.competenciesHelp')}
        data={(library.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        searchable
        clearable
        {...input('competencyIds')}
      />
      <Checkbox
        label={t('feedback360.create.approval')}
        description={t('feedback360.create.approvalHelp')}
        data-testid="feedback360-approval-choice"
        {...input('requireManagerApproval', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('feedback360.create.managerNamed')}
        description={t('feedback360.create.managerNamedHelp')}
        data-testid="feedback360-named-choice"
        {...input('managerNamed', { type: 'checkbox' })}
      />
      <PersonPicker
        label={t('feedback360.create.coach')}
        description={t('feedback360.create.coachHelp')}
        value={values.coachId}
        onChange={(person) => form.form.setFieldValue('coachId', person?.id ?? null)}
        excludeId={values.forSomeone ? (values.subjectId ?? undefined) : me.person?.id}
        error={form.form.errors.coachId}
      />
    </FormModal>
  );
}
