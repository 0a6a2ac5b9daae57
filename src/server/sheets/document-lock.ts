/**
 * The lock that keeps two executions of the add-on from writing one spreadsheet at once.
 * getDocumentLock() is null where Apps Script sees no containing document
 * (developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()); the
 * script lock then stands in: it also excludes other documents' executions for a moment,
 * which is slower but never unsafe.
 */
export function documentLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

/**
 * Lets go of `lock` after the work is done. Apps Script releases every lock when the
 * execution ends anyway, so a failure here must not turn a finished write into an error.
 */
export function release(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch {
    // Released at the end of the execution.
  }
}
