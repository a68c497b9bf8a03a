import type { Lang } from '../../model/ir.ts';
import type { Change, Direction, RuleId, Severity } from '../change.ts';
import type { Level } from '../semver.ts';
import type { VersionStep } from './report.ts';

/** Everything a report says in words, in each report language. */
export interface Catalog {
  severity: Record<Severity, string>;
  heading: Record<Severity, string>;
  title: string;
  noChanges: string;
  summary: (counts: Record<Severity, number>) => string;
  level: (level: Level, version: VersionStep | null) => string;
  compared: (old: string, after: string) => string;
  unattached: string;
  inType: (id: string) => string;
  also: (ids: readonly string[]) => string;
  affects: (methods: readonly string[]) => string;
  page: (place: string) => string;
  route: (route: string) => string;
  accepted: (reason: string) => string;
  more: (count: number) => string;
  fullReport: (url: string | null) => string;
  message: Record<RuleId, (change: Change) => string>;
}

const arrow = (c: Change, none: string) => `${c.before ?? none} → ${c.after ?? none}`;
const code = (text: string | null) => (text === null ? '' : `\`${text}\``);

/** Methods named in a text or markdown line; the JSON report lists them all. */
const LISTED = 10;
const listed = (methods: readonly string[]) => methods.slice(0, LISTED).map(code).join(', ');

const enDirection: Record<Direction, string> = { request: 'request ', response: 'response ', both: 'request and response ', none: '' };

const en: Catalog = {
  severity: { breaking: 'breaking', warning: 'warning', 'non-breaking': 'non-breaking', 'docs-only': 'docs only' },
  heading: {
    breaking: 'Breaking changes',
    warning: 'Warnings (break some clients)',
    'non-breaking': 'Non-breaking changes',
    'docs-only': 'Documentation-only changes',
  },
  title: 'API changes',
  noChanges: 'No API or documentation changes.',
  summary: (n) => `${n.breaking} breaking, ${n.warning} warning${n.warning === 1 ? '' : 's'}, ${n['non-breaking']} non-breaking, ${n['docs-only']} docs-only`,
  level: (level, version) =>
    level === 'none'
      ? 'no new version needed'
      : `implies a ${level} version bump${version ? `: ${version.from} → ${version.to}${version.from.startsWith('0.') ? ' (on 0.x one place lower)' : ''}` : ' (semver; on 0.x one place lower)'}`,
  compared: (old, after) => `compared ${code(old)} (old) with ${code(after)} (new)`,
  unattached: 'not reached from any method',
  inType: (id) => `in ${code(id)}`,
  also: (ids) => `with ${ids.map(code).join(', ')}`,
  affects: (methods) => `also affects ${listed(methods)}${methods.length > LISTED ? ` and ${methods.length - LISTED} more` : ''}`,
  page: (place) => `at ${place}`,
  route: (route) => `in API ${route}`,
  accepted: (reason) => `accepted: ${reason}`,
  more: (count) => `… and ${count} more`,
  fullReport: (url) => (url ? `the full report: ${url}` : 'apiref diff --format json lists them all'),
  message: {
    'service-added': (c) => `service ${code(c.subject)} added`,
    'service-removed': (c) => `service ${code(c.subject)} removed, with all its methods`,
    'service-id-changed': (c) => `service id changed: ${arrow(c, '')}`,
    'method-added': (c) => `method ${code(c.subject)} added`,
    'method-removed': (c) => `method ${code(c.subject)} removed`,
    'method-request-changed': (c) => `request type replaced: ${arrow(c, '')}`,
    'method-response-changed': (c) => `response type replaced: ${arrow(c, '')}`,
    'method-streaming-changed': (c) => `streaming changed: ${arrow(c, '')}`,
    'http-binding-added': (c) => `REST binding added: ${c.after}`,
    'http-binding-removed': (c) => `REST binding removed: ${c.before}`,
    'http-verb-changed': (c) => `HTTP verb changed: ${arrow(c, '')}`,
    'http-path-changed': (c) => `HTTP path changed: ${arrow(c, '')}`,
    'http-body-changed': (c) => `HTTP body mapping changed: ${arrow(c, '')}`,
    'http-host-changed': (c) => `HTTP host changed: ${arrow(c, '')}`,
    'pagination-added': () => 'now pages its results',
    'pagination-removed': () => 'no longer pages its results',
    'pagination-changed': (c) => `pagination fields changed: ${arrow(c, '')}`,
    'operation-changed': (c) => `operation result changed: ${arrow(c, '')}`,
    'type-added': (c) => `${c.after === 'enum' ? 'enum' : 'message'} ${code(c.subject)} added`,
    'type-removed': (c) => `${c.before === 'enum' ? 'enum' : 'message'} ${code(c.subject)} removed`,
    'type-kind-changed': (c) => `type ${code(c.subject)} changed kind: ${arrow(c, '')}`,
    'type-id-changed': (c) => `type id changed at the same place: ${arrow(c, '')}`,
    'field-added': (c) => `${enDirection[c.direction ?? 'none']}field ${code(c.subject)} added (${c.after})`,
    'required-field-added': (c) => `required ${enDirection[c.direction ?? 'none']}field ${code(c.subject)} added (${c.after})`,
    'field-removed': (c) => `${enDirection[c.direction ?? 'none']}field ${code(c.subject)} removed`,
    'field-type-changed': (c) => `type of field ${code(c.subject)} changed: ${arrow(c, '')}`,
    'field-json-name-changed': (c) => `JSON name of a field changed: ${arrow(c, '')}`,
    'field-proto-name-changed': (c) => `protobuf name of field ${code(c.subject)} changed: ${arrow(c, '')}`,
    'field-shape-changed': (c) => `repeated/map shape of field ${code(c.subject)} changed: ${arrow(c, '')}`,
    'field-became-required': (c) => `${enDirection[c.direction ?? 'none']}field ${code(c.subject)} became required`,
    'field-became-optional': (c) => `${enDirection[c.direction ?? 'none']}field ${code(c.subject)} became optional`,
    'field-deprecated': (c) => `field ${code(c.subject)} deprecated`,
    'field-undeprecated': (c) => `field ${code(c.subject)} no longer deprecated`,
    'field-joined-oneof': (c) => `field ${code(c.subject)} joined oneof ${code(c.after)}`,
    'field-left-oneof': (c) => `field ${code(c.subject)} left oneof ${code(c.before)}`,
    'oneof-became-required': (c) => `oneof ${code(c.subject)} became required`,
    'oneof-became-optional': (c) => `oneof ${code(c.subject)} became optional`,
    'constraint-tightened': (c) => `${enDirection[c.direction ?? 'none']}constraint on ${code(c.subject)} tightened: ${arrow(c, 'none')}`,
    'constraint-loosened': (c) => `${enDirection[c.direction ?? 'none']}constraint on ${code(c.subject)} loosened: ${arrow(c, 'none')}`,
    'enum-value-added': (c) => `enum value ${code(c.subject)} added`,
    'enum-value-removed': (c) => `enum value ${code(c.subject)} removed`,
    'description-changed': (c) =>
      `${c.before === null ? 'description added' : c.after === null ? 'description removed' : 'description changed'} (${c.lang}) for ${code(c.subject)}`,
    'export-renamed': (c) => `package export renamed: ${c.before} → ${c.after}`,
    'export-moved': (c) => `package exports moved to another module (${c.subject}): ${c.before}`,
  },
};

const ruDirection: Record<Direction, string> = { request: ' запроса', response: ' ответа', both: ' запроса и ответа', none: '' };
const ruLevel: Record<Exclude<Level, 'none'>, string> = { major: 'мажорной версии', minor: 'минорной версии', patch: 'патч-версии' };

const ru: Catalog = {
  severity: { breaking: 'ломающее', warning: 'предупреждение', 'non-breaking': 'совместимое', 'docs-only': 'только документация' },
  heading: {
    breaking: 'Ломающие изменения',
    warning: 'Предупреждения (ломают часть клиентов)',
    'non-breaking': 'Совместимые изменения',
    'docs-only': 'Изменения только в документации',
  },
  title: 'Изменения API',
  noChanges: 'Изменений в API и документации нет.',
  summary: (n) => `ломающих: ${n.breaking}, предупреждений: ${n.warning}, совместимых: ${n['non-breaking']}, только в документации: ${n['docs-only']}`,
  level: (level, version) =>
    level === 'none'
      ? 'новая версия не нужна'
      : `требуется повышение ${ruLevel[level]}${version ? `: ${version.from} → ${version.to}${version.from.startsWith('0.') ? ' (для 0.x — на разряд ниже)' : ''}` : ' (по semver; для 0.x — на разряд ниже)'}`,
  compared: (old, after) => `сравнивались ${code(old)} (старая версия) и ${code(after)} (новая)`,
  unattached: 'не используются ни одним методом',
  inType: (id) => `в ${code(id)}`,
  also: (ids) => `вместе с ${ids.map(code).join(', ')}`,
  affects: (methods) => `затрагивает также ${listed(methods)}${methods.length > LISTED ? ` и ещё ${methods.length - LISTED}` : ''}`,
  page: (place) => `страница ${place}`,
  route: (route) => `в API ${route}`,
  accepted: (reason) => `принято: ${reason}`,
  more: (count) => `… и ещё ${count}`,
  fullReport: (url) => (url ? `полный отчёт: ${url}` : 'полный список: apiref diff --format json'),
  message: {
    'service-added': (c) => `добавлен сервис ${code(c.subject)}`,
    'service-removed': (c) => `удалён сервис ${code(c.subject)} со всеми методами`,
    'service-id-changed': (c) => `изменился идентификатор сервиса: ${arrow(c, '')}`,
    'method-added': (c) => `добавлен метод ${code(c.subject)}`,
    'method-removed': (c) => `удалён метод ${code(c.subject)}`,
    'method-request-changed': (c) => `заменён тип запроса: ${arrow(c, '')}`,
    'method-response-changed': (c) => `заменён тип ответа: ${arrow(c, '')}`,
    'method-streaming-changed': (c) => `изменился режим потоковой передачи: ${arrow(c, '')}`,
    'http-binding-added': (c) => `добавлена привязка к REST: ${c.after}`,
    'http-binding-removed': (c) => `удалена привязка к REST: ${c.before}`,
    'http-verb-changed': (c) => `изменился HTTP-метод: ${arrow(c, '')}`,
    'http-path-changed': (c) => `изменился HTTP-путь: ${arrow(c, '')}`,
    'http-body-changed': (c) => `изменилось отображение тела HTTP-запроса: ${arrow(c, '')}`,
    'http-host-changed': (c) => `изменился HTTP-хост: ${arrow(c, '')}`,
    'pagination-added': () => 'результаты теперь выдаются постранично',
    'pagination-removed': () => 'результаты больше не выдаются постранично',
    'pagination-changed': (c) => `изменились поля постраничной выдачи: ${arrow(c, '')}`,
    'operation-changed': (c) => `изменился результат операции: ${arrow(c, '')}`,
    'type-added': (c) => `добавлен${c.after === 'enum' ? 'о перечисление' : 'о сообщение'} ${code(c.subject)}`,
    'type-removed': (c) => `удален${c.before === 'enum' ? 'о перечисление' : 'о сообщение'} ${code(c.subject)}`,
    'type-kind-changed': (c) => `тип ${code(c.subject)} сменил вид: ${arrow(c, '')}`,
    'type-id-changed': (c) => `у типа на том же месте сменился идентификатор: ${arrow(c, '')}`,
    'field-added': (c) => `добавлено поле${ruDirection[c.direction ?? 'none']} ${code(c.subject)} (${c.after})`,
    'required-field-added': (c) => `добавлено обязательное поле${ruDirection[c.direction ?? 'none']} ${code(c.subject)} (${c.after})`,
    'field-removed': (c) => `удалено поле${ruDirection[c.direction ?? 'none']} ${code(c.subject)}`,
    'field-type-changed': (c) => `изменился тип поля ${code(c.subject)}: ${arrow(c, '')}`,
    'field-json-name-changed': (c) => `изменилось JSON-имя поля: ${arrow(c, '')}`,
    'field-proto-name-changed': (c) => `изменилось protobuf-имя поля ${code(c.subject)}: ${arrow(c, '')}`,
    'field-shape-changed': (c) => `поле ${code(c.subject)} сменило форму (повторяемое поле или map): ${arrow(c, '')}`,
    'field-became-required': (c) => `поле${ruDirection[c.direction ?? 'none']} ${code(c.subject)} стало обязательным`,
    'field-became-optional': (c) => `поле${ruDirection[c.direction ?? 'none']} ${code(c.subject)} стало необязательным`,
    'field-deprecated': (c) => `поле ${code(c.subject)} объявлено устаревшим`,
    'field-undeprecated': (c) => `поле ${code(c.subject)} больше не считается устаревшим`,
    'field-joined-oneof': (c) => `поле ${code(c.subject)} вошло в oneof ${code(c.after)}`,
    'field-left-oneof': (c) => `поле ${code(c.subject)} вышло из oneof ${code(c.before)}`,
    'oneof-became-required': (c) => `oneof ${code(c.subject)} стал обязательным`,
    'oneof-became-optional': (c) => `oneof ${code(c.subject)} стал необязательным`,
    'constraint-tightened': (c) => `ужесточено ограничение поля${ruDirection[c.direction ?? 'none']} ${code(c.subject)}: ${arrow(c, 'нет')}`,
    'constraint-loosened': (c) => `ослаблено ограничение поля${ruDirection[c.direction ?? 'none']} ${code(c.subject)}: ${arrow(c, 'нет')}`,
    'enum-value-added': (c) => `добавлено значение перечисления ${code(c.subject)}`,
    'enum-value-removed': (c) => `удалено значение перечисления ${code(c.subject)}`,
    'description-changed': (c) =>
      `${c.before === null ? 'добавлено описание' : c.after === null ? 'удалено описание' : 'изменено описание'} (${c.lang}) для ${code(c.subject)}`,
    'export-renamed': (c) => `переименован экспорт пакета: ${c.before} → ${c.after}`,
    'export-moved': (c) => `экспорт пакета перенесён в другой модуль (${c.subject}): ${c.before}`,
  },
};

export const catalogs: Record<Lang, Catalog> = { en, ru };
