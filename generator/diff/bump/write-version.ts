import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ApirefConfig, CONFIG_FILE, writeConfigVersion } from '../../config/config.ts';
import { writeFileAtomic } from '../../io/atomic-file.ts';
import { replaceJsonString } from './edit-version.ts';

/**
 * Sets `package.version` in the config file by editing that one string in place (atomically),
 * so the file keeps its formatting. A file without the key (or no file) gets it the ordinary
 * way, which writes the file anew.
 */
export async function setConfigVersion(config: ApirefConfig, version: string, cwd: string): Promise<string> {
  const file = config.configFile ?? path.resolve(cwd, CONFIG_FILE);
  const text = await readFile(file, 'utf8').catch(() => null);
  const edited = text === null ? null : replaceJsonString(text, ['package', 'version'], version);
  if (edited === null) return writeConfigVersion(config, version, cwd);
  await writeFileAtomic(file, edited);
  return file;
}
