/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice (13 characters
 * or more) as a pointer into its parent: an id kept from a CSV line would keep the whole megabyte chunk the
 * line was read in alive, and a million kept ids would keep the whole file. Strings kept past their row go
 * through here.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
