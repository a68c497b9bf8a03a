import { protobufPackage } from '../../model/docs-paths.ts';
import { pascalCase } from '../names.ts';
import type { TypeName } from '../page-context.ts';

/** The resource folder of a method page (`…/api-ref/Cluster/listBackups.md` → `ClusterService`). */
export function serviceFromPath(path: string): string {
  return serviceOfResource(pascalCase(path.split('/').at(-2) ?? 'Unknown'));
}

/**
 * `Cluster` → `ClusterService`: a REST resource and the gRPC service that serves it. Always
 * suffixed: billing's resource `Service` is served by `ServiceService`, not by a `Service`.
 */
export function serviceOfResource(resource: string): string {
  return `${resource}Service`;
}

/**
 * The protobuf package of a type named by its full name (`yandex.cloud.mdb.redis.v1.Backup` →
 * `yandex.cloud.mdb.redis.v1`, `speechkit.tts.v3.StreamSynthesisRequest` → `speechkit.tts.v3`).
 */
export function packageOf(typeName: TypeName): string | null {
  if (typeName.origin !== 'qualified' || typeName.id.startsWith('google.')) return null;
  return protobufPackage(typeName.id);
}
