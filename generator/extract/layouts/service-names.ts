import { protobufPackage } from '../../model/docs-paths.ts';
import { pascalCase } from '../names.ts';
import type { TypeName } from '../page-context.ts';

/** The resource folder of a method page (`…/api-ref/Cluster/listBackups.md` → `ClusterService`). */
export function serviceFromPath(path: string): string {
  const parts = path.split('/');
  const folder = parts.at(-2) ?? 'Unknown';
  return folder.endsWith('Service') ? folder : `${pascalCase(folder)}Service`;
}

/** `Cluster` → `ClusterService`: a REST resource and the gRPC service that serves it. */
export function serviceOfResource(resource: string): string {
  return resource.endsWith('Service') ? resource : `${resource}Service`;
}

/**
 * The protobuf package of a type named by its full name (`yandex.cloud.mdb.redis.v1.Backup` →
 * `yandex.cloud.mdb.redis.v1`, `speechkit.tts.v3.StreamSynthesisRequest` → `speechkit.tts.v3`).
 */
export function packageOf(typeName: TypeName): string | null {
  if (typeName.origin !== 'qualified' || typeName.id.startsWith('google.')) return null;
  return protobufPackage(typeName.id);
}
