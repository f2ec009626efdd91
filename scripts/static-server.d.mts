export function startStaticServer(
  roots: string[],
  options?: { port?: number; cors?: boolean },
): Promise<{ url: string; close: () => Promise<void> }>;
