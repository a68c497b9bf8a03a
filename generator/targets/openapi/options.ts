/** The `openapi` entry of the config's `targets`: `{"name": "openapi", "format": "yaml", "split": "product"}`. */
export interface OpenApiOptions {
  /** `json` (default) or `yaml`. */
  format: 'json' | 'yaml';
  /** `none` (default): one document of every product; `product`: one document per product. */
  split: 'none' | 'product';
  /** The documents' `info.title` (per product: `<title>: <product>`). */
  title: string;
}

export const DEFAULT_OPTIONS: OpenApiOptions = { format: 'json', split: 'none', title: 'Yandex Cloud REST API' };

const CHOICES = { format: ['json', 'yaml'], split: ['none', 'product'] } as const;

export function parseOpenApiOptions(raw: Readonly<Record<string, unknown>>): OpenApiOptions {
  const options = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'format' || key === 'split') {
      const allowed: readonly string[] = CHOICES[key];
      if (typeof value !== 'string' || !allowed.includes(value)) throw new Error(`'${key}' must be one of ${allowed.join(', ')}`);
      Object.assign(options, { [key]: value });
    } else if (key === 'title') {
      if (typeof value !== 'string' || value.trim() === '') throw new Error(`'title' must be a non-empty string`);
      options.title = value;
    } else {
      throw new Error(`unknown option '${key}' (the openapi target takes format, split, title)`);
    }
  }
  return options;
}
