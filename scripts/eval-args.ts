/**
 * Parses `--name value` pairs.
 * @param required names that must be given
 * @param defaults values of optional names
 * @throws Error listing the missing names or an unknown one, with the usage line
 */
export function parseArgs<R extends string, D extends string>(argv: string[], required: R[], defaults: Record<D, string> = {} as Record<D, string>): Record<R | D, string> {
  const out: Record<string, string> = { ...defaults };
  const defaultNames = Object.keys(defaults) as D[];
  const known = new Set<string>([...required, ...defaultNames]);
  const usage = `usage: ${required.map((r) => `--${r} FILE`).join(' ')} ${defaultNames.map((d) => `[--${d} ${defaults[d]}]`).join(' ')}`;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(a);
    if (!m || !known.has(m[1]!)) throw new Error(`unknown argument "${a}"\n${usage}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${m[1]} needs a value\n${usage}`);
    out[m[1]!] = value;
  }
  const missing = required.filter((r) => out[r] === undefined);
  if (missing.length) throw new Error(`missing ${missing.map((m) => `--${m}`).join(', ')}\n${usage}`);
  return out as Record<R | D, string>;
}
