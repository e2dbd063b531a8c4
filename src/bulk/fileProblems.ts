import { CognitoError } from '../shared/errors';

// A file that Export Users cannot write or Import Users cannot read, in one sentence that says what to
// do. Built from the error's code and the path the person chose, never from the file's content.

export function fileProblem(error: unknown, file: string, access: 'read' | 'write'): CognitoError {
  if (error instanceof CognitoError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const sentence = (text: string) => new CognitoError(text, 'invalidParameter', code);
  switch (code) {
    case 'EISDIR':
      return sentence(`The chosen path ${file} is a folder, not a file: choose a file name to ${access === 'write' ? 'export to' : 'import'}.`);
    case 'ENOENT':
      return sentence(access === 'write' ? `The folder of ${file} does not exist: choose another folder.` : `The file ${file} does not exist any more: choose the file again.`);
    case 'EACCES':
    case 'EPERM':
      return sentence(`The file ${file} cannot be ${access === 'write' ? 'written' : 'read'} (permission denied): ${access === 'write' ? 'choose a folder you may write to' : 'allow yourself to read it, or copy it somewhere you may'}.`);
    case 'EBUSY':
    case 'ETXTBSY':
      return sentence(`The file ${file} is in use by another program (a spreadsheet, say): close it there, or choose another file.`);
    case 'EROFS':
      return sentence(`The file ${file} is on a read-only disk: choose another folder.`);
    case 'ENOSPC':
      return sentence(`The disk holding ${file} is full: free some space, or choose another disk.`);
    default:
      return sentence(`The file ${file} could not be ${access === 'write' ? 'written' : 'read'}${code ? ` (${code})` : ''}: choose another file.`);
  }
}
