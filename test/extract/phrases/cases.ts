import type { DescriptionFacts } from '../../../generator/extract/phrases/index.ts';

/**
 * Given/want rows for the phrase table, one group per phrase kind. `row` names the table row
 * (`lang:id`) the text must be read by. `docs` names a shipped page under docs/ that contains
 * `given` verbatim (checked by docs.test.ts); `reference` says where in yandex-cloud/docs a
 * text was copied from when no shipped page has the form (a path where the page was read
 * whole, the service and page kind where only a search excerpt was); `inferred` marks a form built by
 * symmetry with the forms seen (the generator renders each validation option in every
 * relation, but not every relation occurs in a page we read).
 */
export interface PhraseCase {
  row: string;
  given: string;
  want: Partial<DescriptionFacts>;
  docs?: string;
  reference?: string;
  inferred?: true;
}

const COMPUTE_2025 = 'compute/api-ref/grpc/Instance/create.md, 2025 generator (InstanceService.Create)';
const INSTANCE_GROUP_2025 = 'compute instance-group REST page, 2025 generator (InstanceGroup request)';
const COMPUTE_LEGACY_EN = 'en/_api-ref/compute/api-ref/Instance/create.md';
const COMPUTE_LEGACY_RU = 'ru/_api-ref/compute/api-ref/Instance/create.md';

export const REQUIRED: PhraseCase[] = [
  { row: 'en:required', given: 'Required. ID of the backup.', want: { required: true }, docs: 'en/managed-postgresql/api-ref/Cluster/listBackups.md' },
  { row: 'en:required', given: 'Required field. Required. ID of the backup to delete.', want: { required: true }, docs: 'en/managed-redis/api-ref/Backup/delete.md' },
  { row: 'en:required', given: 'Required.  The maximum string length in characters is 50.', want: { required: true, constraints: { maxLength: 50 } }, docs: 'en/_api-ref-grpc/managed-clickhouse/api-ref/grpc/format_schema_service.md' },
  { row: 'en:required.2025', given: 'ID of the folder to create an instance in.\nThe length must be less than or equal to 50.\nThis field is required.', want: { required: true, constraints: { maxLength: 50 } }, reference: COMPUTE_2025 },
  { row: 'ru:required', given: 'Обязательное поле. Имя запрашиваемой базы данных MongoDB.', want: { required: true }, docs: 'ru/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
];

export const LENGTH: PhraseCase[] = [
  { row: 'en:length.min-max', given: 'The maximum string length in characters is 50.', want: { constraints: { maxLength: 50 } }, docs: 'en/managed-postgresql/api-ref/grpc/Database/update.md' },
  { row: 'en:length.min-max', given: 'Raw password.\n\nThe minimum string length in characters is 6.', want: { constraints: { minLength: 6 } }, reference: 'BareMetal Server pages (index search)' },
  { row: 'en:length.min-max', given: 'Set of user grants. The maximum string length in characters for each value is 63.', want: { mapValue: { maxLength: 63 } }, reference: 'legacy EN pages, repeated string (index search)' },
  { row: 'en:length.min-max', given: 'The maximum string length in characters for each key is 63.', want: { mapKey: { maxLength: 63 } }, reference: 'legacy EN pages, map fields (index search)' },
  { row: 'en:length.range', given: 'The string length in characters must be 8-128.', want: { constraints: { minLength: 8, maxLength: 128 } }, docs: 'en/_api-ref/mdb/mysql/api-ref/User/create.md' },
  { row: 'en:length.range', given: 'No more than 64 per resource. The string length in characters for each key must be 1-63.', want: { constraints: { maxItems: 64 }, mapKey: { minLength: 1, maxLength: 63 } }, reference: 'legacy EN pages, map fields (index search)' },
  { row: 'en:length.range', given: 'Name of the backend group. The name is unique within the folder. The string length in characters is 3-63.', want: { constraints: { minLength: 3, maxLength: 63 } }, reference: 'en/application-load-balancer/api-ref/BackendGroup/addBackend.md (2024 generator)' },
  { row: 'en:length.prose', given: 'Required. Name of the MongoDB database. 1-63 characters long. The maximum string length in characters is 63.', want: { required: true, constraints: { minLength: 1, maxLength: 63 } }, docs: 'en/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
  { row: 'en:length.prose', given: 'Description of the operation. 0-256 characters long.', want: { constraints: { minLength: 0, maxLength: 256 } }, docs: 'en/managed-postgresql/api-ref/grpc/Database/update.md' },
  { row: 'en:length.prose', given: 'Name of the group. Must be 1-63 characters long.', want: { constraints: { minLength: 1, maxLength: 63 } }, reference: 'en/managed-metastore/api-ref/grpc/Cluster/list.md' },
  { row: 'en:length.prose', given: 'Description of the backend group. The string is 0-256 characters long.', want: { constraints: { minLength: 0, maxLength: 256 } }, reference: 'en/application-load-balancer/api-ref/grpc/BackendGroup/get.md' },
  { row: 'en:length.prose', given: 'The name must be unique within the folder, comply with [RFC 1035](https://www.ietf.org/rfc/rfc1035.txt) and be 1-63 characters long.', want: { constraints: { minLength: 1, maxLength: 63 } }, reference: 'Managed Greenplum gRPC Cluster pages (full reference)' },
  { row: 'en:length.prose', given: 'The host name is assigned by the platform at creation time and cannot be changed, 1-63 characters long.', want: { constraints: { minLength: 1, maxLength: 63 } }, reference: 'en/managed-greenplum/api-ref/grpc/Cluster/listMasterHosts.md' },
  { row: 'en:length.prose', given: 'A filter expression that filters resources listed in the response.\nThe expression must specify:\n1. The field name.\n2. An `=` operator.\n3. The value in double quotes (`"`). Must be 1-63 characters long and match the regular expression `[a-zA-Z0-9_-]+`.', want: {}, reference: 'en/managed-metastore/api-ref/grpc/Cluster/list.md (a list item bounds the filter\'s value, not the filter)' },
  { row: 'en:length.relation', given: 'To get a DNS zone ID, make a list request. The string length in characters must be equal to 20.', want: { constraints: { minLength: 20, maxLength: 20 } }, reference: 'DNS legacy REST DnsZone pages (index search)' },
  { row: 'en:length.relation', given: 'HCFS URI of the .jar file containing the driver class.\n\nThe string length in characters must be less than 2048.', want: { constraints: { maxLength: 2047 } }, reference: 'Data Proc Job pages, 2024 generator (index search)' },
  { row: 'en:length.relation', given: 'The string length in characters for each value must be greater than 0.', want: { mapValue: { minLength: 1 } }, reference: 'legacy REST pages, repeated string (index search)' },
  { row: 'en:length.relation.2025', given: 'Description of the instance.\nThe length must be less than or equal to 256.', want: { constraints: { maxLength: 256 } }, reference: COMPUTE_2025 },
  { row: 'en:length.relation.2025', given: 'ID of the public DNS zone.\nThe length must be exactly 20.', want: { constraints: { minLength: 20, maxLength: 20 } }, reference: 'DNS gRPC pages, 2025 generator (index search)' },
  { row: 'en:length.relation.2025', given: 'The length of each map value must be less than or equal to 63.', want: { mapValue: { maxLength: 63 } }, reference: COMPUTE_2025 },
  { row: 'en:length.relation.2025', given: 'The length must be greater than or equal to 3.', want: { constraints: { minLength: 3 } }, inferred: true },
  { row: 'en:length.range.2025', given: 'Name of the variable.\nThe length must be between 1 and 128.', want: { constraints: { minLength: 1, maxLength: 128 } }, reference: INSTANCE_GROUP_2025 },
  { row: 'en:length.range.2025', given: 'The length of each map key must be between 1 and 63.', want: { mapKey: { minLength: 1, maxLength: 63 } }, reference: COMPUTE_2025 },
  { row: 'en:length.range.2025', given: 'The elements must be unique.\nThe length of each element must be between 3 and 50.', want: { uniqueItems: true, mapValue: { minLength: 3, maxLength: 50 } }, reference: INSTANCE_GROUP_2025 },
  { row: 'ru:length.min-max', given: 'Максимальная длина строки в символах — 50.', want: { constraints: { maxLength: 50 } }, docs: 'ru/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
  { row: 'ru:length.min-max', given: 'Пароль должен содержать не менее трех категорий символов. Минимальная длина строки в символах — 14.', want: { constraints: { minLength: 14 } }, reference: 'RU legacy gRPC SQL Server cluster pages (index search)' },
  { row: 'ru:length.min-max', given: 'Максимальная длина строки в символах для каждого ключа — 63.', want: { mapKey: { maxLength: 63 } }, reference: 'ru/_api-ref/mdb/redis/api-ref/Cluster/create.md' },
  { row: 'ru:length.min-max', given: 'Максимальная длина строки в символах для каждого значения — 3.', want: { mapValue: { maxLength: 3 } }, reference: 'RU legacy REST Translate pages (index search)' },
  { row: 'ru:length.range', given: 'Длина строки в символах должна быть от 1 до 63.', want: { constraints: { minLength: 1, maxLength: 63 } }, reference: 'RU legacy REST Managed PostgreSQL User pages (index search)' },
  { row: 'ru:length.range', given: 'Длина строки в символах для каждого ключа должна быть от 1 до 63.', want: { mapKey: { minLength: 1, maxLength: 63 } }, reference: COMPUTE_LEGACY_RU },
  { row: 'ru:length.range', given: 'Длина строки в символах для каждого значения должна быть от 1 до 255.', want: { mapValue: { minLength: 1, maxLength: 255 } }, reference: 'RU legacy DNS record-set pages (index search)' },
  { row: 'ru:length.prose', given: 'Обязательное поле. Имя базы данных MongoDB. Длина 1-63 символов.', want: { required: true, constraints: { minLength: 1, maxLength: 63 } }, docs: 'ru/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
  { row: 'ru:length.prose', given: 'Описание операции. Длина описания должна быть от 0 до 256 символов.', want: { constraints: { minLength: 0, maxLength: 256 } }, docs: 'ru/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
  { row: 'ru:length.prose', given: 'Фильтр.\n1. Имя поля.\n2. Значение в двойных кавычках. Длина 3-63 символов.', want: {}, inferred: true },
  { row: 'ru:length.relation', given: 'Идентификаторы сетей. Длина строки в символах должна быть равна 20.', want: { constraints: { minLength: 20, maxLength: 20 } }, reference: 'RU legacy REST DNS pages (index search)' },
  { row: 'ru:length.relation', given: 'Длина строки в символах должна быть меньше 2048.', want: { constraints: { maxLength: 2047 } }, inferred: true },
  { row: 'ru:length.relation', given: 'Длина строки в символах для каждого значения должна быть больше 0.', want: { mapValue: { minLength: 1 } }, inferred: true },
];

export const VALUE: PhraseCase[] = [
  { row: 'en:value.range', given: 'Acceptable values are 0 to 1000, inclusive.', want: { constraints: { minimum: '0', maximum: '1000' } }, docs: 'en/_api-ref-grpc/managed-redis/api-ref/grpc/backup_service.md' },
  { row: 'en:value.range', given: 'Acceptable values are 0 to 1048576. Default value: 1048576.', want: { constraints: { minimum: '0', maximum: '1048576' }, default: '1048576' }, reference: 'en/managed-spark/api-ref/grpc/Job/listLog.md (test/fixtures/survey3)' },
  { row: 'ru:length.min-max.oldest', given: 'Токен страницы. Максимальная длина — 100 символов.', want: { constraints: { maxLength: 100 } }, reference: 'ru/vpc/api-ref/Network/list.md (test/fixtures/survey3)' },
  { row: 'ru:value.min-max', given: 'Минимальная значение — 0.', want: { constraints: { minimum: '0' } }, reference: 'ru/_api-ref-grpc/adaptive-speechkit/adaptive/api-ref/grpc/tts_service.md (test/fixtures/survey3)' },
  { row: 'en:value.range', given: 'Required. Size of the disk, specified in bytes. Acceptable values are 4194304 to 4398046511104, inclusive.', want: { required: true, constraints: { minimum: '4194304', maximum: '4398046511104' } }, reference: COMPUTE_LEGACY_EN },
  { row: 'en:value.range', given: 'Acceptable values are -9223372036854775808 to 9223372036854775807, inclusive.', want: { constraints: { minimum: '-9223372036854775808', maximum: '9223372036854775807' } }, inferred: true },
  { row: 'en:value.range', given: 'Required. Time in seconds allotted for averaging metrics. false Acceptable values are 1m to 10m, inclusive.', want: { required: true, durationRule: '1m-10m' }, reference: 'legacy gRPC Instance Groups service page (index search)' },
  { row: 'en:value.min-max', given: 'The maximum value is 1000.', want: { constraints: { maximum: '1000' } }, docs: 'en/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
  { row: 'en:value.min-max', given: 'The minimum value is 0.', want: { constraints: { minimum: '0' } }, docs: 'en/_api-ref/mdb/redis/api-ref/Cluster/get.md' },
  { row: 'en:value.min-max', given: 'The maximum value is 274877906944.', want: { constraints: { maximum: '274877906944' } }, reference: COMPUTE_LEGACY_EN },
  { row: 'en:value.relation', given: 'Value must be greater than 0.', want: { constraints: { exclusiveMinimum: '0' } }, docs: 'en/_api-ref/mdb/redis/api-ref/Cluster/get.md' },
  { row: 'en:value.relation', given: 'Value must be less than 100.', want: { constraints: { exclusiveMaximum: '100' } }, inferred: true },
  { row: 'en:value.relation', given: 'Value must be greater than or equal to -5.', want: { constraints: { minimum: '-5' } }, inferred: true },
  { row: 'en:value.set', given: 'The number of GPUs available to the instance. Value must be one of 0, 1, 2 or 4.', want: { allowedValues: ['0', '1', '2', '4'], constraints: { minimum: '0', maximum: '4' } }, reference: COMPUTE_LEGACY_EN },
  { row: 'en:value.set.equal', given: 'Value must be equal to 1,2,4.', want: { allowedValues: ['1', '2', '4'], constraints: { minimum: '1', maximum: '4' } }, reference: 'the form as ir-v1.md (v1.1 allowedValues) and issue 7 quote it' },
  { row: 'en:value.set.equal', given: 'Serial port to retrieve data from. Value must be equal to 1, 2, 3, 4.', want: { allowedValues: ['1', '2', '3', '4'], constraints: { minimum: '1', maximum: '4' } }, inferred: true },
  { row: 'en:value.rule.2025', given: 'The warmup time of the instance in seconds.\nThe value must satisfy: &lt;=10m.', want: { durationRule: '<=10m' }, reference: 'en/compute/instancegroup/api-ref/InstanceGroup/create.md (2025 generator, `<` written as a character reference)' },
  { row: 'en:value.relation.2025', given: 'The value must be less than or equal to 274877906944.\nThis field is required.', want: { required: true, constraints: { maximum: '274877906944' } }, reference: COMPUTE_2025 },
  { row: 'en:value.relation.2025', given: 'Target group size.\nThe value must be greater than or equal to 1.', want: { constraints: { minimum: '1' } }, reference: INSTANCE_GROUP_2025 },
  { row: 'en:value.relation.2025', given: 'Target value for the custom metric.\nThe value must be greater than 0.', want: { constraints: { exclusiveMinimum: '0' } }, reference: INSTANCE_GROUP_2025 },
  { row: 'en:value.range.2025', given: 'Size of the disk, specified in bytes.\nThe value must be between 4194304 and 4398046511104.', want: { constraints: { minimum: '4194304', maximum: '4398046511104' } }, reference: COMPUTE_2025 },
  { row: 'en:value.rule.2025', given: 'Serial port to retrieve data from. The default is 1.\nThe value must satisfy: 1,2,3,4.', want: { default: '1', allowedValues: ['1', '2', '3', '4'], constraints: { minimum: '1', maximum: '4' } }, reference: 'Compute gRPC GetSerialPortOutput, 2025 generator (index search)' },
  { row: 'en:value.rule.2025', given: 'Time between notification via metadata service and maintenance\nThe value must satisfy: 1s-24h.', want: { durationRule: '1s-24h' }, reference: COMPUTE_2025 },
  { row: 'en:value.rule.2025', given: 'The value must satisfy: <=10m.', want: { durationRule: '<=10m' }, reference: INSTANCE_GROUP_2025 },
  { row: 'en:value.rule.2025', given: 'The value must satisfy: >=1s.', want: { durationRule: '>=1s' }, reference: INSTANCE_GROUP_2025 },
  { row: 'en:value.rule.2025', given: 'The value must satisfy: 0-100.', want: { constraints: { minimum: '0', maximum: '100' } }, inferred: true },
  { row: 'en:value.rule.2025', given: 'The value must satisfy: >0.', want: { constraints: { exclusiveMinimum: '0' } }, inferred: true },
  { row: 'ru:value.range', given: 'Допустимые значения — от 0 до 1000 включительно.', want: { constraints: { minimum: '0', maximum: '1000' } }, docs: 'ru/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md' },
  { row: 'ru:value.range', given: 'Обязательное поле. Размер диска в байтах. Допустимые значения — от 4194304 до 4398046511104 включительно.', want: { required: true, constraints: { minimum: '4194304', maximum: '4398046511104' } }, reference: COMPUTE_LEGACY_RU },
  { row: 'ru:value.range', given: 'Допустимые значения — от 1m до 10m включительно.', want: { durationRule: '1m-10m' }, inferred: true },
  { row: 'ru:value.min-max', given: 'Максимальное значение — 1000.', want: { constraints: { maximum: '1000' } }, docs: 'ru/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
  { row: 'ru:value.min-max', given: 'Обязательное поле. Объем памяти в байтах, доступный виртуальной машине. Максимальное значение — 274877906944.', want: { required: true, constraints: { maximum: '274877906944' } }, reference: COMPUTE_LEGACY_RU },
  { row: 'ru:value.min-max', given: 'Минимальное значение — 0.', want: { constraints: { minimum: '0' } }, inferred: true },
  { row: 'ru:value.relation', given: 'Время ожидания в миллисекундах. Значение должно быть больше 0.', want: { constraints: { exclusiveMinimum: '0' } }, reference: 'RU legacy REST Managed ClickHouse pages (index search)' },
  { row: 'ru:value.relation', given: 'Значение должно быть меньше 100.', want: { constraints: { exclusiveMaximum: '100' } }, inferred: true },
  { row: 'ru:value.set', given: 'Значение должно быть равно 0, 5, 20, 50 или 100.', want: { allowedValues: ['0', '5', '20', '50', '100'], constraints: { minimum: '0', maximum: '100' } }, reference: COMPUTE_LEGACY_RU },
  { row: 'ru:value.set', given: 'Значение должно быть равно 1, 2 или 4.', want: { allowedValues: ['1', '2', '4'], constraints: { minimum: '1', maximum: '4' } }, reference: COMPUTE_LEGACY_RU },
];

export const ITEMS: PhraseCase[] = [
  { row: 'en:items.min-max', given: 'The minimum number of elements is 1.', want: { constraints: { minItems: 1 } }, docs: 'en/_api-ref/mdb/mysql/api-ref/User/create.md' },
  { row: 'en:items.min-max', given: 'Array of secondary disks to attach to the instance. The maximum number of elements is 3.', want: { constraints: { maxItems: 3 } }, reference: COMPUTE_LEGACY_EN },
  { row: 'en:items.range', given: 'Network IDs. The number of elements must be in the range 0-100. The string length in characters for each value must be equal to 20.', want: { constraints: { minItems: 0, maxItems: 100 }, mapValue: { minLength: 20, maxLength: 20 } }, reference: 'DNS legacy REST DnsZone pages (index search)' },
  { row: 'en:items.relation', given: 'Updates to access bindings. The number of elements must be greater than 0.', want: { constraints: { minItems: 1 } }, reference: 'legacy gRPC access-binding pages (index search)' },
  { row: 'en:items.relation', given: 'Array of secondary disks to attach to the instance.\nThe number of elements must be less than or equal to 3.', want: { constraints: { maxItems: 3 } }, reference: COMPUTE_2025 },
  { row: 'en:items.relation', given: 'List of availability zones.\nThe number of elements must be greater than or equal to 1.', want: { constraints: { minItems: 1 } }, reference: INSTANCE_GROUP_2025 },
  { row: 'en:items.relation', given: 'For now we accept only one health check per AttachedTargetGroup.\nThe number of elements must be exactly 1.', want: { constraints: { minItems: 1, maxItems: 1 } }, reference: 'Network Load Balancer pages, 2025 generator (index search)' },
  { row: 'en:items.range.2025', given: 'The number of elements must be between 1 and 10.', want: { constraints: { minItems: 1, maxItems: 10 } }, inferred: true },
  { row: 'en:items.at-least', given: 'Required. List of subnet IDs. Must contain at least one element. The maximum string length in characters for each value is 50.', want: { required: true, constraints: { minItems: 1 }, mapValue: { maxLength: 50 } }, reference: 'legacy REST network-interface spec pages (index search)' },
  { row: 'en:items.exactly', given: 'Currently only one network interface is supported per instance. Must contain exactly 1 element.', want: { constraints: { minItems: 1, maxItems: 1 } }, reference: COMPUTE_LEGACY_EN },
  { row: 'en:items.per-resource', given: 'Resource labels as `key:value` pairs. No more than 64 per resource.', want: { constraints: { maxItems: 64 } }, reference: 'legacy EN pages, map fields (index search)' },
  { row: 'en:items.unique.2025', given: 'A list of tags.\nThe elements must be unique.', want: { uniqueItems: true }, reference: INSTANCE_GROUP_2025 },
  { row: 'ru:items.min-max', given: 'Список зон доступности. Минимальное количество элементов — 1.', want: { constraints: { minItems: 1 } }, reference: 'RU legacy Instance Groups pages (index search)' },
  { row: 'ru:items.min-max', given: 'Массив дополнительных дисков для подключения к виртуальной машине. Максимальное количество элементов — 3.', want: { constraints: { maxItems: 3 } }, reference: COMPUTE_LEGACY_RU },
  { row: 'ru:items.range', given: 'Количество элементов должно находиться в диапазоне от 1 до 8. Максимальная длина строки в символах для каждого значения — 3.', want: { constraints: { minItems: 1, maxItems: 8 }, mapValue: { maxLength: 3 } }, reference: 'RU legacy REST Vision pages (index search)' },
  { row: 'ru:items.relation', given: 'Одно или несколько описаний пользователей. Количество элементов должно быть больше 0.', want: { constraints: { minItems: 1 } }, reference: 'RU legacy gRPC Elasticsearch cluster pages (index search)' },
  { row: 'ru:items.relation', given: 'Количество элементов должно быть меньше или равно 64.', want: { constraints: { maxItems: 64 } }, inferred: true },
  { row: 'ru:items.at-least', given: 'Обязательное поле. Конфигурации для отдельных хостов. Должен содержать хотя бы один элемент.', want: { required: true, constraints: { minItems: 1 } }, reference: 'ru/_api-ref/mdb/redis/api-ref/Cluster/create.md' },
  { row: 'ru:items.exactly', given: 'В настоящее время поддерживается только один сетевой интерфейс. Должен содержать ровно 1 элемент.', want: { constraints: { minItems: 1, maxItems: 1 } }, reference: COMPUTE_LEGACY_RU },
  { row: 'ru:items.per-resource', given: 'Метки ресурса в формате `key:value`. Не более 64 на ресурс.', want: { constraints: { maxItems: 64 } }, reference: COMPUTE_LEGACY_RU },
];

export const PATTERN: PhraseCase[] = [
  { row: 'en:pattern', given: 'Value must match the regular expression ``[a-zA-Z0-9_-]*``.', want: { constraints: { pattern: '[a-zA-Z0-9_-]*' } }, docs: 'en/_api-ref/mdb/clickhouse/api-ref/MlModel/update.md' },
  { row: 'en:pattern', given: 'The maximum string length in characters is 63. Value must match the regular expression ` [a-zA-Z0-9_-]* `.', want: { constraints: { maxLength: 63, pattern: '[a-zA-Z0-9_-]*' } }, docs: 'en/_api-ref-grpc/managed-clickhouse/api-ref/grpc/format_schema_service.md' },
  { row: 'en:pattern', given: 'Name of the job.\n\nThe string length in characters must be less than 256. Value must match the regular expression ``` |[a-z][-a-z0-9]{1,61}[a-z0-9] ```.', want: { constraints: { maxLength: 255, pattern: '|[a-z][-a-z0-9]{1,61}[a-z0-9]' } }, reference: 'dataproc/api-ref/grpc/Job/create.md' },
  // The caller decodes HTML entities (`&amp;` → `&`) before the phrase table sees the text.
  { row: 'en:pattern', given: 'Authentication password.\n\nValue must match the regular expression ``[a-zA-Z0-9@=+?*.,!&#$^<>_-]{8,128}``.', want: { constraints: { pattern: '[a-zA-Z0-9@=+?*.,!&#$^<>_-]{8,128}' } }, reference: 'en/_api-ref/mdb/redis/api-ref/Cluster/get.md (entities decoded)' },
  { row: 'en:pattern.each', given: 'Each key must match the regular expression ``[a-z][-_0-9a-z]*``. The maximum string length in characters for each value is 63. Each value must match the regular expression ``[-_0-9a-z]*``.', want: { mapKey: { pattern: '[a-z][-_0-9a-z]*' }, mapValue: { maxLength: 63, pattern: '[-_0-9a-z]*' } }, reference: 'legacy EN pages, map fields (index search)' },
  { row: 'en:pattern.2025', given: 'Name of the instance.\nThe value must match the regular expression: ```|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?```.', want: { constraints: { pattern: '|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?' } }, reference: COMPUTE_2025 },
  { row: 'en:pattern.each.2025', given: 'Each map key must match the regular expression: `[a-z][-_./\\\\@0-9a-z]*`.', want: { mapKey: { pattern: '[a-z][-_./\\\\@0-9a-z]*' } }, reference: COMPUTE_2025 },
  { row: 'ru:pattern', given: 'Значение должно соответствовать регулярному выражению `` [a-zA-Z0-9_-]* ``.', want: { constraints: { pattern: '[a-zA-Z0-9_-]*' } }, docs: 'ru/_api-ref/mdb/clickhouse/api-ref/MlModel/update.md' },
  { row: 'ru:pattern', given: 'Максимальная длина строки в символах — 63. Значение должно соответствовать регулярному выражению ` [a-zA-Z0-9_-]* `.', want: { constraints: { maxLength: 63, pattern: '[a-zA-Z0-9_-]*' } }, docs: 'ru/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
  { row: 'ru:pattern.each', given: 'Каждый ключ должен соответствовать регулярному выражению `` [a-z][-_0-9a-z]* ``. Максимальная длина строки в символах для каждого значения — 63. Каждое значение должно соответствовать регулярному выражению `` [-_0-9a-z]* ``.', want: { mapKey: { pattern: '[a-z][-_0-9a-z]*' }, mapValue: { maxLength: 63, pattern: '[-_0-9a-z]*' } }, reference: 'ru/_api-ref/mdb/redis/api-ref/Cluster/create.md' },
];

export const ONEOF: PhraseCase[] = [
  { row: 'en:oneof', given: 'Includes only one of the fields `error`, `response`.', want: { oneofFields: ['error', 'response'] }, docs: 'en/managed-postgresql/api-ref/grpc/Database/update.md' },
  { row: 'en:oneof', given: '`bootDiskSpec.diskSpec` includes only one of the fields `imageId`, `snapshotId`\n\nID of the image to create the disk from.', want: { oneofFields: ['imageId', 'snapshotId'] }, reference: COMPUTE_LEGACY_EN },
  { row: 'en:oneof', given: "// `config` includes only one of the fields `redisConfig_5_0`, `redisConfig_6_0`, `redisConfig_6_2`, `redisConfig_7_0`", want: { oneofFields: ['redisConfig_5_0', 'redisConfig_6_0', 'redisConfig_6_2', 'redisConfig_7_0'] }, docs: 'en/_api-ref/mdb/redis/api-ref/Cluster/get.md' },
  { row: 'en:oneof', given: 'Includes only one of the fields `error`.', want: { oneofFields: ['error'] }, docs: 'en/managed-redis/api-ref/Backup/delete.md' },
  {
    row: 'en:oneof.plain',
    given: 'Includes only one of the fields `site`, `host`, `url`.\n\nRestricts the search to the specific websites, hosts or pages.\nIncludes only one of the fields site, host, url.',
    want: { oneofFields: ['site', 'host', 'url'] },
    reference: 'en/foundation-models/assistants/api-ref/grpc/Run/get.md (GenSearchOptions.site)',
  },
  { row: 'en:oneof.plain', given: 'Restricts the search. Includes only one of the fields site or host.', want: { oneofFields: ['site', 'host'] }, inferred: true },
  { row: 'ru:oneof.plain', given: 'Ограничивает поиск. Включает только одно из полей site, host, url.', want: { oneofFields: ['site', 'host', 'url'] }, inferred: true },
  { row: 'en:oneof.grpc', given: '**oneof:** `error` or `response`', want: { oneofFields: ['error', 'response'] }, docs: 'en/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
  { row: 'en:oneof.grpc', given: '**oneof:** `a`, `b` or `c`', want: { oneofFields: ['a', 'b', 'c'] }, inferred: true },
  { row: 'ru:oneof', given: 'Описание ошибки в случае сбоя или отмены операции.\n включает только одно из полей `error`, `response`', want: { oneofFields: ['error', 'response'] }, reference: 'ru/_api-ref/mdb/redis/api-ref/Cluster/create.md' },
  { row: 'ru:oneof', given: '`bootDiskSpec` включает только одно из полей `diskSpec`, `diskId`', want: { oneofFields: ['diskSpec', 'diskId'] }, reference: COMPUTE_LEGACY_RU },
  { row: 'ru:oneof.grpc', given: '**oneof:** `error` или `response`', want: { oneofFields: ['error', 'response'] }, docs: 'ru/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md' },
];

export const DEFAULT: PhraseCase[] = [
  { row: 'en:default', given: "Default value: `unspecified` (inherits cluster's deletion_protection)", want: { default: 'unspecified' }, docs: 'en/managed-postgresql/api-ref/grpc/Database/update.md' },
  { row: 'en:default', given: 'A replica with priority of 0 will never be selected by Redis Sentinel for promotion. Works only for non-sharded clusters. Default value is 100.', want: { default: '100' }, docs: 'en/_api-ref/mdb/redis/api-ref/Cluster/listHosts.md' },
  { row: 'en:default.short', given: 'Flag prohibiting deletion of the instance group.\n\nThe default is `false`.', want: { default: 'false' }, reference: 'en/compute/instancegroup/api-ref/InstanceGroup/create.md' },
  { row: 'en:default.short', given: 'Block size of the disk, specified in bytes. The default is 4096.', want: { default: '4096' }, reference: COMPUTE_LEGACY_EN },
  { row: 'ru:default', given: 'Значение по умолчанию: `false`.', want: { default: 'false' }, inferred: true },
  { row: 'ru:default', given: 'Приоритет реплики. Значение по умолчанию — 100.', want: { default: '100' }, inferred: true },
  { row: 'ru:default.short', given: 'Размер блока. По умолчанию — `4096`.', want: { default: '4096' }, inferred: true },
  {
    row: 'en:default',
    given:
      'Hint to regulate normalization level.\n* For `MAX_PEAK` loudness_normalization_type: volume changes in a range (0;1], default value is 0.7.\n* For `LUFS` loudness_normalization_type: volume changes in a range [-145;0), default value is -19.',
    want: { caseDefaults: ['0.7', '-19'] },
    reference: 'en/speechkit/tts-v3/api-ref/Synthesizer/utteranceSynthesis.md (Hints.volume)',
  },
  { row: 'en:default', given: 'Default value is 5. The limit applies to each host. Default value is 7.', want: { default: '5', conflicts: [{ key: 'default', kept: '5', dropped: '7', offset: 52 }] }, inferred: true },
];

export const DEPRECATED: PhraseCase[] = [
  { row: 'en:deprecated', given: 'deprecated: use all_dns_queries instead', want: { deprecated: true }, reference: 'Audit Trails gRPC Trail pages (index search)' },
  { row: 'en:deprecated', given: 'Deprecated. Use `max_size` instead.', want: { deprecated: true }, inferred: true },
  { row: 'en:deprecated', given: 'ID of the cell to execute.\nDeprecated', want: { deprecated: true }, reference: 'ru/datasphere/api-ref/grpc/Project/execute.md (test/fixtures/survey2)' },
  { row: 'en:deprecated.sentence', given: 'Version of the extension. The setting is deprecated and has no effect.', want: { deprecated: true }, docs: 'en/managed-postgresql/api-ref/grpc/Database/update.md' },
  { row: 'ru:deprecated', given: 'Устарело. Используйте `max_size`.', want: { deprecated: true }, inferred: true },
];

export const ALL_CASES: PhraseCase[] = [...REQUIRED, ...LENGTH, ...VALUE, ...ITEMS, ...PATTERN, ...ONEOF, ...DEFAULT, ...DEPRECATED];
