import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Me, NavigationArea, RoleName } from '../../contracts/auth';
import { apiGet, isApiError, setCsrfToken } from '../api/client';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in account, or `null` when there is no session. */
export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: async (): Promise<Me | null> => {
    try {
      const me = await apiGet('/api/auth/me');
      setCsrfToken(me.csrfToken);
      return me;
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
});

export function storeMe(queryClient: QueryClient, me: Me | null): void {
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.setQueryData(meQueryKey, me);
}

let signedOutOnPurpose = false;
/** The user logged out: forget the account; the layout then goes to the login page. */
export function signOutLocally(queryClient: QueryClient): void {
  signedOutOnPurpose = true;
  storeMe(queryClient, null);
}
/** True once after an intentional logout (no "come back here" redirect after the next login). */
export function consumeSignedOutOnPurpose(): boolean {
  const value = signedOutOnPurpose;
  signedOutOnPurpose = false;
  return value;
}

const MeContext = createContext<Me | null>(null);
export const MeProvider = MeContext.Provider;

/** The signed-in account inside the authenticated layout. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() used outside the signed-in layout');
  return me;
}

export function hasRole(me: Me, role: RoleName): boolean {
  return me.account.roles.includes(role);
}

export function canSee(me: Me, area: NavigationArea): boolean {
  return me.navigation.includes(area);
}

/** Only same-site paths are accepted as a post-login destination. */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string') return '/';
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target.startsWith('/login')) return '/';
  return target;
}
