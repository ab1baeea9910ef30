import type {
  TemplateContentDto,
  TemplateQuestionDto,
  TemplateSectionDto,
} from '../../../../contracts/reviews';

let counter = 0;
/** Short ids for new sections and questions; answers refer to them, so they never change afterwards. */
export const newId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export const defaultLabels = [
  'Far below expectations',
  'Below expectations',
  'Meets expectations',
  'Exceeds expectations',
  'Far exceeds expectations',
];

export const newQuestion = (): TemplateQuestionDto => ({
  id: newId('q'),
  kind: 'rating',
  prompt: '',
  audience: 'both',
  required: false,
});

export const newSection = (): TemplateSectionDto => ({
  id: newId('s'),
  title: '',
  questions: [newQuestion()],
});

export const emptyContent = (): TemplateContentDto => ({
  ratingScale: { labels: [...defaultLabels] },
  sections: [newSection()],
});

/** Resizes the scale, keeping the labels already written. */
export function resizeScale(labels: string[], size: number): string[] {
  const next = labels.slice(0, size);
  while (next.length < size) next.push(`${next.length + 1}`);
  return next;
}

export function move<T>(list: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}
