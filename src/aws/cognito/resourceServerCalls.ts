import {
  CreateResourceServerCommand,
  DeleteResourceServerCommand,
  DescribeResourceServerCommand,
  ListResourceServersCommand,
  UpdateResourceServerCommand,
  type ResourceServerType,
} from '@aws-sdk/client-cognito-identity-provider';
import { CallsOn } from './call';
import type { Page, ResourceServer, ResourceServersApi } from '../../shared/types';

// A pool's resource servers and their custom scopes. UpdateResourceServer takes the whole server (Name is
// required, and Scopes left out are removed), so update() sends every member of the server it is given.

/** ListResourceServers' MaxResults is 1–50 (API reference), fewer than the other listings' 60. */
export const RESOURCE_SERVERS_PAGE = 50;

export class ResourceServerCalls extends CallsOn implements ResourceServersApi {
  async list(userPoolId: string, nextToken?: string): Promise<Page<ResourceServer>> {
    const out = await this.call('ListResourceServers', () => this.client.send(new ListResourceServersCommand({ UserPoolId: userPoolId, MaxResults: RESOURCE_SERVERS_PAGE, NextToken: nextToken })));
    return { items: (out.ResourceServers ?? []).map((s) => toResourceServer(userPoolId, s)), nextToken: out.NextToken || undefined };
  }

  async describe(userPoolId: string, identifier: string): Promise<ResourceServer> {
    const out = await this.call('DescribeResourceServer', () => this.client.send(new DescribeResourceServerCommand({ UserPoolId: userPoolId, Identifier: identifier })));
    return toResourceServer(userPoolId, out.ResourceServer ?? { Identifier: identifier });
  }

  async create(server: ResourceServer): Promise<ResourceServer> {
    const out = await this.call('CreateResourceServer', () => this.client.send(new CreateResourceServerCommand(request(server))));
    return out.ResourceServer ? toResourceServer(server.userPoolId, out.ResourceServer) : server;
  }

  async update(server: ResourceServer): Promise<ResourceServer> {
    const out = await this.call('UpdateResourceServer', () => this.client.send(new UpdateResourceServerCommand(request(server))));
    return out.ResourceServer ? toResourceServer(server.userPoolId, out.ResourceServer) : server;
  }

  async delete(userPoolId: string, identifier: string): Promise<void> {
    await this.call('DeleteResourceServer', () => this.client.send(new DeleteResourceServerCommand({ UserPoolId: userPoolId, Identifier: identifier })));
  }
}

function request(server: ResourceServer) {
  return {
    UserPoolId: server.userPoolId,
    Identifier: server.identifier,
    Name: server.name,
    Scopes: server.scopes.map((s) => ({ ScopeName: s.name, ScopeDescription: s.description })),
  };
}

function toResourceServer(userPoolId: string, server: ResourceServerType): ResourceServer {
  return {
    userPoolId,
    identifier: server.Identifier ?? '',
    name: server.Name ?? '',
    scopes: (server.Scopes ?? []).map((s) => ({ name: s.ScopeName ?? '', description: s.ScopeDescription ?? '' })),
  };
}
