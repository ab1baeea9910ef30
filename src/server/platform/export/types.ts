import type { Actor } from '../auth/actor';
import type { DataClass } from '../dataClasses/registry';
import type { Db } from '../db/client';

/**
 * One file of a personal data export: the records of one kind, presented by the domain that owns
 * them (its presenters, never raw rows), with the class that decides who may receive it.
 */
export interface ExportFile {
  /** File name inside the archive, e.g. `goals.json`. */
  name: string;
  /** Heading in the readable report. */
  title: string;
  dataClass: DataClass;
  records: unknown[];
}

/**
 * What an exporter is given. `subject` is the person as themselves (their own person id, no roles):
 * every read goes through the domain's guards and policies exactly as when that person opens the
 * app, so the export holds what they could see and nothing more. `reviewer` is set only for HR's
 * export on request: the HR admin, for the records about the subject that HR may read but the
 * subject may not (listed apart, for redaction before anything is handed over).
 */
export interface ExportContext {
  db: Db;
  subject: Actor;
  reviewer: Actor | null;
}

export interface ExportContribution {
  /** What the subject sees in the app. */
  visible: ExportFile[];
  /** HR only: about the subject, readable by HR, not by the subject (empty without a reviewer). */
  forHrReview?: ExportFile[];
}

/** A domain's part of the export; each domain keeps its own next to its queries and policies. */
export interface PersonalDataExporter {
  /** Stable name for the manifest and tests ("goals"). */
  kind: string;
  collect(context: ExportContext): Promise<ExportContribution>;
}
