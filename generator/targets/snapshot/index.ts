import { serializeIr } from '../../model/serialize.ts';
import type { Target } from '../target.ts';
import { noOptions } from '../options.ts';

/** The file the snapshot target writes, and `diff` and `bump` compare against. */
export const SNAPSHOT_FILE = 'apiref.ir.json';

/** The model itself, as `apiref ir` prints it: the old side of later diffs. */
export const snapshotTarget: Target<Record<string, never>> = {
  name: 'snapshot',
  summary: `the model (docs-IR v1) as ${SNAPSHOT_FILE}, the old side of later diffs`,
  parseOptions: noOptions('snapshot'),
  emit: (ir) => [{ path: SNAPSHOT_FILE, contents: serializeIr(ir) }],
};
