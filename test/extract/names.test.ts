import { describe, expect, it } from 'vitest';
import { camelToSnake, fieldNames, pascalCase, protoJsonName } from '../../generator/extract/names.ts';

describe('field names', () => {
  it.each([
    ['source_cluster_id', 'sourceClusterId'],
    ['redis_config_5_0', 'redisConfig50'],
    ['show_compatibility_56', 'showCompatibility56'],
    ['id', 'id'],
  ])('protoc json name of %s is %s', (given, want) => expect(protoJsonName(given)).toBe(want));

  it.each([
    ['sourceShardNames', 'source_shard_names'],
    ['redisConfig_5_0', 'redis_config_5_0'],
    ['ipv6CidrBlocks', 'ipv6_cidr_blocks'],
  ])('the protobuf name of REST %s is %s', (given, want) => expect(camelToSnake(given)).toBe(want));

  it.each([
    ['cluster_id', { name: 'cluster_id', jsonName: 'clusterId' }],
    ['clusterId', { name: 'cluster_id', jsonName: 'clusterId' }],
    ['redisConfig_5_0', { name: 'redis_config_5_0', jsonName: 'redisConfig50' }],
  ])('a field documented as %s', (given, want) => expect(fieldNames(given)).toEqual(want));

  it.each([
    ['type', 'Type'],
    ['authenticationPlugin', 'AuthenticationPlugin'],
    ['SQL_MODE', 'SqlMode'],
  ])('the type name made from %s is %s', (given, want) => expect(pascalCase(given)).toBe(want));
});
