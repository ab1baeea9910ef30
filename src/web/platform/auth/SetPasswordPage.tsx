import '../../app/zodSetup';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { password as passwordSchema } from '../../../contracts/auth';
import { apiPost, isApiError } from '../../api/client';
import { applyServerFieldErrors } from '../../app/forms';
import { toneAlert } from '../../app/statusColors';
import { errorMessage } from '../../components/ErrorAlert';
import { ButtonLink } from '../../components/links';
import { zodIssueMessage } from '../../i18n/issues';
import { AuthLayout } from './AuthLayout';

interface SetPasswordPageProps {
  mode: 'reset' | 'invitation';
}

const TOKEN_ERRORS = new Set(['invalid_token', 'token_expired', 'token_used', 'not_found']);

/** Reset a forgotten password or accept an invitation: both set a password from an emailed token. */
export function SetPasswordPage({ mode }: SetPasswordPageProps) {
  const { t } = useTranslation();
  const { token } = useSearch({ strict: false }) as { token?: string };
  const texts = mode === 'reset' ? 'auth.reset' : 'auth.invitation';
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (value) => {
        const result = passwordSchema.safeParse(value);
        const [first] = result.success ? [] : result.error.issues;
        return first ? zodIssueMessage(first) : null;
      },
      confirm: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')),
    },
  });
  const submit = useMutation({
    mutationFn: (values: { password: string }) =>
      apiPost(mode === 'reset' ? '/api/auth/password-reset/complete' : '/api/auth/invitations/accept', {
        // The form shows only with a token (see below); an empty one is refused like a wrong one.
        body: { token: token ?? '', password: values.password },
      }),
    onError: (error) => applyServerFieldErrors(form, error),
  });

  const title = t(`${texts}.title`);
  if (!token || token.length < 10) {
    return (
      <AuthLayout title={title}>
        <Alert
          {...toneAlert('negative')}
          icon={<IconAlertCircle aria-hidden />}
          role="alert"
          data-testid="token-missing"
        >
          {t('auth.linkIncomplete')}
        </Alert>
        <Anchor component={Link} to="/forgot-password">
          {t('auth.requestNewLink')}
        </Anchor>
      </AuthLayout>
    );
  }

  if (submit.isSuccess) {
    return (
      <AuthLayout title={title}>
        <Alert
          {...toneAlert('positive')}
          icon={<IconCircleCheck aria-hidden />}
          role="status"
          data-testid="password-set"
        >
          {t(`${texts}.done`)}
        </Alert>
        <ButtonLink to="/login" search={{}} fullWidth>
          {t('auth.login.submit')}
        </ButtonLink>
      </AuthLayout>
    );
  }

  const error = submit.error;
  const tokenProblem = isApiError(error) && (TOKEN_ERRORS.has(error.code) || 'token' in error.fields);
  const showGeneral = error && !tokenProblem && !(isApiError(error) && 'password' in error.fields);

  return (
    <AuthLayout title={title} description={t(`${texts}.description`)}>
      <form onSubmit={form.onSubmit((values) => submit.mutate(values))} noValidate>
        <Stack gap="md">
          {tokenProblem ? (
            <Alert
              {...toneAlert('negative')}
              icon={<IconAlertCircle aria-hidden />}
              role="alert"
              data-testid="token-invalid"
            >
              <Text size="sm">{t('auth.linkInvalid')}</Text>
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t('auth.requestNewLink')}
              </Anchor>
            </Alert>
          ) : null}
          {showGeneral ? (
            <Alert {...toneAlert('negative')} icon={<IconAlertCircle aria-hidden />} role="alert">
              {errorMessage(error, t)}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordRule')}
            autoComplete="new-password"
            required
            autoFocus
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('auth.confirmPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={submit.isPending} fullWidth>
            {t(`${texts}.submit`)}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
