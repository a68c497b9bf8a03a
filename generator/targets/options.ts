/** The options parser of a target that takes none: any key is an error. */
export function noOptions(target: string): (raw: Readonly<Record<string, unknown>>) => Record<string, never> {
  return (raw) => {
    const keys = Object.keys(raw);
    if (keys.length > 0) throw new Error(`the ${target} target takes no options (got '${keys[0]}')`);
    return {};
  };
}
