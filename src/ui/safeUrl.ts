import { httpUrl } from '../model/httpUrl';

/** The URL when it is an absolute http(s) address, else null: other schemes never become links. */
export function safeHttpUrl(value: string | undefined): string | null {
  return value ? (httpUrl(value)?.href ?? null) : null;
}
