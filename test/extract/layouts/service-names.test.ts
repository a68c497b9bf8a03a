import { describe, expect, it } from 'vitest';
import { serviceFromPath, serviceOfResource } from '../../../generator/extract/layouts/service-names.ts';

describe('service names of REST resources and page folders', () => {
  it.each([
    ['Cluster', 'ClusterService'],
    ['AsyncRecognizer', 'AsyncRecognizerService'],
    // billing v1: the resource `Service` is served by `ServiceService`
    ['Service', 'ServiceService'],
  ])('resource %s is served by %s', (resource, service) => {
    expect(serviceOfResource(resource)).toBe(service);
  });

  it.each([
    ['en/managed-redis/api-ref/Cluster/listBackups.md', 'ClusterService'],
    ['en/billing/api-ref/Service/get.md', 'ServiceService'],
    ['en/compute/api-ref/grpc/Disk/get.md', 'DiskService'],
  ])('the page %s is a method of %s', (path, service) => {
    expect(serviceFromPath(path)).toBe(service);
  });
});
