import type { Issue } from '../../../contracts/issues';
import { type FieldError, fieldError } from './report';

/** Collects problems per file line while the checks run, so every row is checked before anything is decided. */
export class ErrorBook {
  private readonly byLine = new Map<number, FieldError[]>();

  add(line: number, field: string, found: Issue): void {
    this.addAll(line, [fieldError(field, found)]);
  }

  addAll(line: number, errors: readonly FieldError[]): void {
    if (errors.length === 0) return;
    const list = this.byLine.get(line) ?? [];
    list.push(...errors);
    this.byLine.set(line, list);
  }

  for(line: number): FieldError[] {
    return this.byLine.get(line) ?? [];
  }

  has(line: number): boolean {
    return this.byLine.has(line);
  }

  get isEmpty(): boolean {
    return this.byLine.size === 0;
  }
}
