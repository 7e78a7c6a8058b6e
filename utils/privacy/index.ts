/** Privacy and durability: encrypted backups, retention, delete-all (see docs/notes.md § Privacy). */
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupFile,
  type DecryptResult,
  decryptBackup,
  encryptBackup,
  KDF_ITERATIONS,
  MESSAGES,
  MIN_PASSPHRASE_LENGTH,
} from './backup';
export { collectBackup, type RestoreCounts, restoreBackup } from './collect';
export { backupFileName, exportBackup, type ImportResult, importBackup } from './flow';
export { BackupDismissal, BackupNote, BackupPayload } from './payload';
export {
  DEFAULT_RETENTION,
  deleteAllPatientData,
  loadRetentionSettings,
  type PurgeCounts,
  purgeExpired,
  RETENTION_KEY,
  RetentionSettings,
  saveRetentionSettings,
} from './retention';
