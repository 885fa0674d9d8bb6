/**
 * Turn a zod error into one readable line: the paths and the rules broken, never the values.
 *
 * Values are left out on purpose: a rejected request may hold a secret (profiles:add).
 */
import type { ZodError } from 'zod';

export function describeZodError(error: ZodError, maxIssues = 5): string {
  const parts = error.issues.slice(0, maxIssues).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(request)';
    return `${path}: ${issue.message}`;
  });
  if (error.issues.length > maxIssues) parts.push(`and ${error.issues.length - maxIssues} more`);
  return parts.join('; ');
}
