/** The slice of OpenAPI 3.1 the target writes, loosely typed: a document is JSON. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON Schema 2020-12 object (OpenAPI 3.1's Schema Object), built key by key in print order. */
export type SchemaObject = { [keyword: string]: JsonValue };

/** What a schema builder may ask about the rest of the model. */
export interface SchemaContext {
  /** `{ "$ref": "#/components/schemas/<name>" }` for a described type, which joins the components. */
  ref(id: string): SchemaObject;
  /** The enum of that id, where it is one (for enum values as allowed values and defaults). */
  enumValues(id: string): readonly string[] | undefined;
  /** Told what the model says that OpenAPI cannot carry, or had to be guessed. */
  warn(message: string): void;
}
