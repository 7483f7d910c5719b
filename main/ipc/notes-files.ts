// Notes as files: exports written atomically where the user chooses, a notes file read for
// import (a regular file, within the size cap), and the rotating backups in the profile.
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../export/atomic-write';
import { rotateBackups } from '../export/backups';
import { safeFileName } from '../export/safe-file-name';
import { readRegularFile } from '../library/read-file';
import {
  exportContent,
  expectNoArgs,
  MAX_EXPORT_BYTES,
  parseArgs,
  type AreaHandlers,
  type Services,
} from './types';

const saveExportRequest = z
  .object({
    format: z.enum(['markdown', 'csv', 'json', 'html']),
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\\0]+$/, 'a file name, not a path')
      .refine((name) => safeFileName(name) !== null, 'not a usable file name'),
    content: exportContent,
  })
  .strict();

export function notesFileHandlers(
  services: Services,
): AreaHandlers<'saveExport' | 'openImportFile' | 'writeNotesBackup'> {
  return {
    async saveExport(...args) {
      const request = parseArgs(saveExportRequest, args, 'saveExport');
      // "CON.md" becomes "_CON.md", "notes." becomes "notes" (see safe-file-name.ts).
      const target = await services.chooseSavePath(safeFileName(request.suggestedName)!, request.format);
      if (!target) return { saved: false };
      await writeFileAtomic(target, request.content);
      return { saved: true, fileName: path.basename(target) };
    },
    async openImportFile(...args) {
      expectNoArgs(args, 'openImportFile');
      const file = await services.chooseImportFile();
      if (!file) return null;
      // Checked to be a regular file before it is opened: a named pipe would block for good.
      const read = await readRegularFile(file, MAX_EXPORT_BYTES);
      if (!read.ok) throw new Error(`${path.basename(file)} cannot be imported: ${read.reason}.`);
      return { fileName: path.basename(file), content: new TextDecoder().decode(read.bytes) };
    },
    async writeNotesBackup(...args) {
      const content = parseArgs(exportContent, args, 'writeNotesBackup');
      const result = await rotateBackups(services.backupsDir, content);
      return { written: result.written !== null };
    },
  };
}
