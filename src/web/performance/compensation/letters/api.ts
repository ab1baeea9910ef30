import { queryOptions } from '@tanstack/react-query';
import type {
  LetterLanguage,
  PreviewLetterRequest,
  SaveLetterTemplateRequest,
} from '../../../../contracts/compensation/letters';
import { type ApiData, apiGet, apiPut, downloadFile } from '../../../api/client';

export type LetterTemplate = ApiData<'/api/performance/compensation/letter-templates/{language}', 'get'>;
export type OwnLetters = ApiData<'/api/performance/compensation/me/letters', 'get'>;
export type OwnLetter = OwnLetters['items'][number];

export const letterKeys = {
  template: (language: LetterLanguage) => ['pay-letters', 'template', language] as const,
  own: ['pay-letters', 'own'] as const,
};

export const letterTemplateQuery = (language: LetterLanguage) =>
  queryOptions({
    queryKey: letterKeys.template(language),
    queryFn: ({ signal }) =>
      apiGet('/api/performance/compensation/letter-templates/{language}', {
        params: { path: { language } },
        signal,
      }),
  });

export const ownLettersQuery = queryOptions({
  queryKey: letterKeys.own,
  queryFn: ({ signal }) => apiGet('/api/performance/compensation/me/letters', { signal }),
});

export const letterApi = {
  save: (language: LetterLanguage, body: SaveLetterTemplateRequest) =>
    apiPut('/api/performance/compensation/letter-templates/{language}', {
      params: { path: { language } },
      body,
    }),
  preview: (body: PreviewLetterRequest) =>
    downloadFile('POST', '/performance/compensation/letter-templates/preview', body),
};

/** Links the browser downloads itself (large ZIPs stream to disk rather than into memory). */
export const cycleLettersZipHref = (cycleId: string) =>
  `/api/performance/compensation/cycles/${cycleId}/letters.zip`;
export const ownLetterHref = (cycleId: string) => `/api/performance/compensation/me/letters/${cycleId}`;
