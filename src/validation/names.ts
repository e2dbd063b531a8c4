// Cognito's rules for pool and app client names (AWS service model: 1–128 of [\w\s+=,.@-]).
// Each check returns undefined when the value is valid, else one sentence for the input box.
// Stricter by design: AWS takes a name of only white space; the extension refuses it (it would show as
// a blank row in the tree).

/** AWS evaluates the pattern in Java, where \s is only ASCII white space (JavaScript's also matches
 *  no-break and other Unicode spaces, which AWS rejects). */
const NAME_PATTERN = /^[\w \t\n\v\f\r+=,.@-]+$/;
const MAX_NAME_LENGTH = 128;

function checkName(value: string, what: string): string | undefined {
  if (value.length === 0) return `Enter a ${what}.`;
  if (value.trim().length === 0) return `The ${what} cannot be only spaces.`;
  // AWS counts characters (code points), not UTF-16 units.
  const length = [...value].length;
  if (length > MAX_NAME_LENGTH) return `The ${what} can have at most ${MAX_NAME_LENGTH} characters (now ${length}).`;
  if (!NAME_PATTERN.test(value)) {
    return `The ${what} can contain only letters, digits, spaces and + = , . @ - _ characters.`;
  }
  return undefined;
}

export function checkPoolName(value: string): string | undefined {
  return checkName(value, 'pool name');
}

export function checkAppClientName(value: string): string | undefined {
  return checkName(value, 'app client name');
}
