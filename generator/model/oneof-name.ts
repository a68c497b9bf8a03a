/** Where the docs give a oneof no name, it is named after its members (`error_or_response`). */
export function oneofNameFor(jsonNames: readonly string[]): string {
  return jsonNames.join('_or_');
}
