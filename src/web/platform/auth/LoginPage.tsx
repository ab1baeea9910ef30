import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, isApiError } from '../../api/client';
import { safeRedirect, storeMe } from '../../app/session';
import { toneAlert } from '../../app/statusColors';
import { errorMessage } from '../../components/ErrorAlert';
import { applyLocale } from '../../i18n';
import { apiFieldErrors } from '../../i18n/issues';
import { AuthLayout } from './AuthLayout';

const loadLoginCheck = () => import('./loginCheck');

export function LoginPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/login' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Two fields kept in plain state rather than @mantine/form (6 KB): this page's first paint is the
  // one every user waits for. The check is the server's contract all the same (loginCheck.ts).
  const [values, setValues] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const field = (name: 'email' | 'password') => ({
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
      setErrors(({ [name]: _cleared, ...rest }) => rest);
    },
  });
  // Fetch the form check while the user types; submitting waits for it only if it is not here yet.
  useEffect(() => {
    void loadLoginCheck();
  }, []);

  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) => apiPost('/api/auth/login', { body }),
    onSuccess: async (me) => {
      storeMe(queryClient, me);
      await applyLocale(me.account.locale);
      await navigate({ href: safeRedirect(search.redirect), replace: true });
    },
    onError: async (error) => {
      await loadLoginCheck()
        .then((check) => check.loadIssueTexts())
        .catch(() => {});
      setErrors(apiFieldErrors(error));
    },
  });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Should the check not load, the server's answer still names the field.
    const check = await loadLoginCheck().catch(() => null);
    const found = check ? await check.validateLogin(values) : {};
    setErrors(Object.fromEntries(Object.entries(found).map(([name, text]) => [name, String(text)])));
    if (Object.keys(found).length === 0) login.mutate(values);
  }

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
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {failureText ? (
            <Alert
              {...toneAlert('negative')}
              icon={<IconAlertCircle aria-hidden />}
              role="alert"
              data-testid="login-error"
            >
              {failureText}
            </Alert>
          ) : null}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            {...field('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            {...field('password')}
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
