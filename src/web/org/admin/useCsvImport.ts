import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportReport } from '../../../contracts/import';
import { type CsvReadProblem, readCsvFile, refusedReport } from './importReport';

/** The last answer for the chosen file: a dry run, or an import the server refused or applied. */
export interface CsvImportOutcome {
  csv: string;
  report: ImportReport;
  kind: 'checked' | 'refused' | 'imported';
}

/**
 * The all-or-nothing CSV import every import screen shares (people, pay, bands): read the chosen
 * file, check it with a dry run, then import every row at once. A refusal that carries a report
 * (the organisation changed since the check) becomes the new report rather than an error.
 */
export function useCsvImport(options: {
  post: (csv: string, dryRun: boolean) => Promise<ImportReport>;
  onImported?: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [readProblem, setReadProblem] = useState<CsvReadProblem | null>(null);
  const [outcome, setOutcome] = useState<CsvImportOutcome | null>(null);

  const check = useMutation({
    mutationFn: async (chosen: File): Promise<CsvImportOutcome | null> => {
      const read = await readCsvFile(chosen);
      if ('problem' in read) {
        setReadProblem(read.problem);
        return null;
      }
      try {
        return { csv: read.csv, report: await options.post(read.csv, true), kind: 'checked' };
      } catch (error) {
        const report = refusedReport(error);
        if (report) return { csv: read.csv, report, kind: 'checked' };
        throw error;
      }
    },
    onSuccess: setOutcome,
  });
  const runImport = useMutation({
    mutationFn: (csv: string) => options.post(csv, false),
    onSuccess: (report, csv) => {
      setOutcome({ csv, report, kind: 'imported' });
      options.onImported?.();
    },
    onError: (error, csv) => {
      const report = refusedReport(error);
      if (report) setOutcome({ csv, report, kind: 'refused' });
    },
  });

  /** Forgets the file's answers: a new file (or none) starts again from the check. */
  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setReadProblem(null);
    setOutcome(null);
    check.reset();
    runImport.reset();
  };

  return {
    file,
    readProblem,
    outcome,
    check,
    runImport,
    chooseFile,
    busy: check.isPending || runImport.isPending,
    /** A dry run without a wrong row: the import may go ahead. */
    clean: outcome?.kind === 'checked' && outcome.report.invalid === 0,
    /** An import failure that is not a fresh report (those show as the report). */
    importError: runImport.isError && !refusedReport(runImport.error) ? runImport.error : null,
  };
}

export type CsvImport = ReturnType<typeof useCsvImport>;
