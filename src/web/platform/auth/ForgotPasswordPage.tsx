import '../../app/zodSetup';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { passwordResetRequest } from '../../../contracts/auth';
import { apiPost } from '../../api/client';
import { applyServerFieldErrors, zodValidate } from '../../app/forms';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { AuthLayout } from './AuthLayout';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { email: '' }, validate: zodValidate(passwordResetRequest) });
  const request = useMutation({
    mutationFn: (values: { email: string }) => apiPost('/api/auth/password-reset/request', { body: values }),
    onError: (error) => applyServerFieldErrors(form, error),
  });

  return (
    <AuthLayout title={t('auth.forgot.title')} description={t('auth.forgot.description')}>
      {request.isSuccess ? (
        <Stack gap="md">
          <Alert
            {...toneAlert('positive')}
            icon={<IconMailCheck aria-hidden />}
            role="status"
            data-testid="reset-requested"
          >
            {t('auth.forgot.sent', { email: form.getValues().email })}
          </Alert>
          <Text size="sm" c="dimmed">
            {t('auth.forgot.sentHint')}
          </Text>
          <AnchorLink to="/login" search={{}}>
            {t('auth.backToLogin')}
          </AnchorLink>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => request.mutate(values))} noValidate>
          <Stack gap="md">
            {request.isError && Object.keys(form.errors).length === 0 ? (
              <ErrorAlert error={request.error} />
            ) : null}
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              required
              autoFocus
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={request.isPending} fullWidth>
              {t('auth.forgot.submit')}
            </Button>
            <AnchorLink to="/login" search={{}} size="sm" ta="center">
              {t('auth.backToLogin')}
            </AnchorLink>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
