/**
 * Replacing a file so that a reader, or the next start after a crash, sees either the
 * old contents or the new ones, never a truncated mix: write a temporary file in the same
 * folder (so the rename stays on one file system), flush it to disk, then rename it over
 * the target. rename(2) replaces the target atomically on POSIX file systems; Node's
 * renameSync on Windows uses MoveFileEx with MOVEFILE_REPLACE_EXISTING.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` (UTF-8) to `path` atomically. The temporary file is
 * `.NAME.PID-N.tmp` beside `path`, created exclusively (`wx`) so two writers never
 * share one. Throws the file system's error (ENOSPC, EFBIG, EACCES…) with `path`
 * unchanged and the temporary file removed; a process killed mid-write leaves `path`
 * unchanged and, at worst, that hidden temporary file behind.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${++writes}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    // writeFileSync on a descriptor loops until every byte is written (writeSync may not).
    writeFileSync(fd, text, 'utf8');
    // Without the flush, a power cut shortly after the rename can leave an empty file on
    // file systems that delay allocation (ext4's documented rename caveat).
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

let writes = 0;
