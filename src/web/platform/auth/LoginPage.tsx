import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { loginRequest } from '../../../contracts/auth';
import { apiPost, isApiError } from '../../api/client';
import { applyServerFieldErrors, zodValidate } from '../../app/forms';
import { safeRedirect, storeMe } from '../../app/session';
import { errorMessage } from '../../components/ErrorAlert';
import { applyLocale } from '../../i18n';
import { AuthLayout } from './AuthLayout';

export function LoginPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/login' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: zodValidate(loginRequest),
  });

  const login = useMutation({
    mutationFn: (values: { email: string; password: string }) => apiPost('/api/auth/login', { body: values }),
    onSuccess: async (me) => {
      storeMe(queryClient, me);
      await applyLocale(me.account.locale);
      await navigate({ href: safeRedirect(search.redirect), replace: true });
    },
    onError: (error) => {
      applyServerFieldErrors(form, error);
    },
  });

  const failure = login.error;
  let failureText: string | null = null;
  if (failure && !(isApiError(failure) && Object.keys(failure.fields).length > 0)) {
    failureText = isApiError(failure, 'invalid_credentials')
      ? t('auth.invalidCredentials')
      : isApiError(failure, 'rate_limited')
        ? t('auth.rateLimited')
        : errorMessage(failure, t);
  }

  return (
    <AuthLayout title={t('auth.login.title')} description={t('auth.login.description')}>
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack gap="md">
          {failureText ? (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="login-error">
              {failureText}
            </Alert>
          ) : null}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.login.forgot')}
            </Anchor>
          </Group>
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
