import type { Server } from 'node:http';
export const mappedHosts: string[];
export function hostResolverRules(port: number): string;
export function startDemoServer(port?: number): Promise<{ port: number; close(): Promise<void>; server: Server }>;
