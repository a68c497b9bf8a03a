import type { PageMessage, PageService } from '../../model/page.ts';
import type { PageContext } from '../page-context.ts';
import type { Section } from '../sections.ts';
import { isRpcParagraph, parseRpcLine, qualifiedTitle, sectionProse } from './common.ts';
import { isGrpcServicePage } from './grpc-service-legacy.ts';
import { readMessageSections } from './message-sections.ts';
import { isOperationId, takeOperationTypes } from './operation.ts';
import { packageOf, serviceFromPath } from './service-names.ts';
import type { PageLayout } from './page-layout.ts';

/** One gRPC method a page (2024+): `**rpc X (Req) returns (Resp)**`, then a section per message. */
export function extractGrpcMethod(sections: readonly Section[], context: PageContext): PageService[] {
  const rpcBlock = sections.flatMap((section) => section.blocks).find(isRpcParagraph);
  const rpc = rpcBlock ? parseRpcLine(rpcBlock) : null;
  if (!rpc) {
    context.diagnostics.at(rpcBlock, 'error', 'bad-rpc-line', 'the rpc line is not of the form **rpc Name ([Request](#…)) returns ([Response](#…))**');
    return [];
  }
  const title = sections.find((section) => section.depth === 1);
  const serviceName = (title && qualifiedTitle(title.title)?.[0]) || serviceFromPath(context.path);
  const messages = readMessageSections(sections.filter((section) => section.depth >= 2), context);
  const request = context.resolveLink(rpc.request);
  const response = context.resolveLink(rpc.response);
  const operationMessage = isOperationId(response.id, response.name) ? findMessage(messages, response.id) : undefined;
  return [
    {
      name: serviceName,
      product: context.product,
      package: packageOf(request),
      description: {},
      methods: [
        {
          name: rpc.name,
          description: title ? context.describe(sectionProse(title)) : {},
          request: request.id,
          response: response.id,
          clientStreaming: rpc.clientStreaming,
          serverStreaming: rpc.serverStreaming,
          http: null,
          operation: isOperationId(response.id, response.name) ? takeOperationTypes(operationMessage) : null,
          sources: [context.diagnostics.ref(rpc.node)],
        },
      ],
    },
  ];
}

export function findMessage(messages: Map<Section, PageMessage>, id: string): PageMessage | undefined {
  for (const message of messages.values()) if (message.id === id) return message;
  return undefined;
}

export const grpcMethodLayout = {
  name: 'grpc-method',
  protocol: 'grpc',
  legacy: false,
  detect: (shape) => shape.rpcSections.length > 0 && !isGrpcServicePage(shape),
  extract: ({ sections }, context) => extractGrpcMethod(sections, context),
} as const satisfies PageLayout;
