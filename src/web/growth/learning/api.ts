import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  CertificationInput,
  LearningItemInput,
  LearningKind,
  UpdateCertificationRequest,
  UpdateEnrolmentRequest,
  UpdateLearningItemRequest,
} from '../../../contracts/learning';
import { apiGet, apiPost, apiPut } from '../../api/client';

export const LEARNING_PAGE_SIZE = 12;

export const learningKeys = {
  all: ['learning'] as const,
  items: (filters: object) => ['learning', 'items', filters] as const,
  enrolments: (personId: string, page: number) => ['learning', 'enrolments', personId, page] as const,
  certifications: (personId: string, page: number) => ['learning', 'certifications', personId, page] as const,
};

export const itemsQuery = (filters: {
  search: string;
  kind: LearningKind | null;
  status: 'active' | 'retired' | 'all';
  page: number;
  pageSize?: number;
}) =>
  queryOptions({
    queryKey: learningKeys.items(filters),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/learning/items', {
        params: {
          query: {
            search: filters.search || undefined,
            kind: filters.kind ?? undefined,
            status: filters.status,
            page: filters.page,
            pageSize: filters.pageSize ?? LEARNING_PAGE_SIZE,
          },
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const enrolmentsQuery = (personId: string, page: number, pageSize = LEARNING_PAGE_SIZE) =>
  queryOptions({
    queryKey: [...learningKeys.enrolments(personId, page), pageSize],
    queryFn: ({ signal }) =>
      apiGet('/api/growth/learning/people/{personId}/enrolments', {
        params: { path: { personId }, query: { page, pageSize } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const certificationsQuery = (personId: string, page: number, pageSize = LEARNING_PAGE_SIZE) =>
  queryOptions({
    queryKey: [...learningKeys.certifications(personId, page), pageSize],
    queryFn: ({ signal }) =>
      apiGet('/api/growth/learning/people/{personId}/certifications', {
        params: { path: { personId }, query: { page, pageSize } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const learningApi = {
  createItem: (body: LearningItemInput) => apiPost('/api/growth/learning/items', { body }),
  updateItem: (id: string, body: UpdateLearningItemRequest) =>
    apiPut('/api/growth/learning/items/{itemId}', { params: { path: { itemId: id } }, body }),
  enrol: (itemId: string) =>
    apiPost('/api/growth/learning/items/{itemId}/enrol', { params: { path: { itemId } } }),
  updateEnrolment: (id: string, body: UpdateEnrolmentRequest) =>
    apiPut('/api/growth/learning/enrolments/{enrolmentId}', { params: { path: { enrolmentId: id } }, body }),
  withdraw: (id: string, version: number) =>
    apiPost('/api/growth/learning/enrolments/{enrolmentId}/withdraw', {
      params: { path: { enrolmentId: id } },
      body: { version },
    }),
  addCertification: (body: CertificationInput) => apiPost('/api/growth/learning/certifications', { body }),
  updateCertification: (id: string, body: UpdateCertificationRequest) =>
    apiPut('/api/growth/learning/certifications/{certificationId}', {
      params: { path: { certificationId: id } },
      body,
    }),
  removeCertification: (id: string, version: number) =>
    apiPost('/api/growth/learning/certifications/{certificationId}/remove', {
      params: { path: { certificationId: id } },
      body: { version },
    }),
};
