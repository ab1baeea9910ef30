/**
 * Why a backup or restore was refused. Stable codes: scripts and tests rely on them, so add new
 * ones rather than renaming.
 */
export type BackupErrorCode =
  /** Not a Trellis backup, or a damaged one (no manifest, bad ZIP). */
  | 'backup_unreadable'
  /** Made by a newer Trellis: its format or last migration is unknown here. */
  | 'backup_newer_schema'
  /** A table's data does not match its checksum or row count: the file was altered or damaged. */
  | 'backup_checksum_mismatch'
  /** The tables in the backup differ from the schema its migration level builds. */
  | 'backup_schema_mismatch'
  /** Rows the database would not take (a constraint they break): the whole load was undone. */
  | 'restore_load_failed'
  /** The target database already holds rows. */
  | 'restore_target_not_empty'
  /** The (empty) target database was migrated past the backup's level and cannot be taken back. */
  | 'restore_target_ahead'
  /** The database to back up was migrated by a newer Trellis. */
  | 'database_newer_than_code'
  /** The output file exists already. */
  | 'backup_exists';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
