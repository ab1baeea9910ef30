import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type {
  Certification,
  CertificationInput,
  Enrolment,
  LearningItem,
  LearningItemInput,
  LearningKind,
  UpdateCertificationRequest,
  UpdateEnrolmentRequest,
  UpdateLearningItemRequest,
} from '../../../contracts/learning';
import { api } from '../../api/client';

export const LEARNING_PAGE_SIZE = 12;

export const learningKeys = {
  all: ['learning'] as const,
  items: (filters: object) => ['learning', 'items', filters] as const,
  enrolments: (personId: string, page: number) => ['learning', 'enrolments', personId, page] as const,
  certifications: (personId: string, page: number) => ['learning', 'certifications', personId, page] as const,
};

const person = (id: string) => `/growth/learning/people/${encodeURIComponent(id)}`;

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
      api.get<Page<LearningItem>>(
        '/growth/learning/items',
        {
          search: filters.search,
          kind: filters.kind,
          status: filters.status,
          page: filters.page,
          pageSize: filters.pageSize ?? LEARNING_PAGE_SIZE,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const enrolmentsQuery = (personId: string, page: number, pageSize = LEARNING_PAGE_SIZE) =>
  queryOptions({
    queryKey: [...learningKeys.enrolments(personId, page), pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<Enrolment>>(`${person(personId)}/enrolments`, { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

export const certificationsQuery = (personId: string, page: number, pageSize = LEARNING_PAGE_SIZE) =>
  queryOptions({
    queryKey: [...learningKeys.certifications(personId, page), pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<Certification>>(`${person(personId)}/certifications`, { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

export const learningApi = {
  createItem: (body: LearningItemInput) => api.post<LearningItem>('/growth/learning/items', body),
  updateItem: (id: string, body: UpdateLearningItemRequest) =>
    api.put<LearningItem>(`/growth/learning/items/${encodeURIComponent(id)}`, body),
  enrol: (itemId: string) =>
    api.post<Enrolment>(`/growth/learning/items/${encodeURIComponent(itemId)}/enrol`),
  updateEnrolment: (id: string, body: UpdateEnrolmentRequest) =>
    api.put<Enrolment>(`/growth/learning/enrolments/${encodeURIComponent(id)}`, body),
  withdraw: (id: string, version: number) =>
    api.post<void>(`/growth/learning/enrolments/${encodeURIComponent(id)}/withdraw`, { version }),
  addCertification: (body: CertificationInput) =>
    api.post<Certification>('/growth/learning/certifications', body),
  updateCertification: (id: string, body: UpdateCertificationRequest) =>
    api.put<Certification>(`/growth/learning/certifications/${encodeURIComponent(id)}`, body),
  removeCertification: (id: string, version: number) =>
    api.post<void>(`/growth/learning/certifications/${encodeURIComponent(id)}/remove`, { version }),
};
