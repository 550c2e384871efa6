import { type CanActivate, type ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { Settings } from '../../config/settings.js';
import { SETTINGS } from '../../config/settings.tokens.js';

/** Guards every write: `Authorization: Bearer <NEWSLEDGER_API_TOKEN>`. */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  /** Null only when built without main.ts, which resolves an unset token from the data directory: every write is refused. */
  private readonly expected: Buffer | null;

  constructor(@Inject(SETTINGS) settings: Settings) {
    this.expected = settings.apiToken === null ? null : digest(settings.apiToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    // Comparing digests keeps the comparison constant-time whatever the token's length.
    if (!this.expected || !match?.[1] || !timingSafeEqual(digest(match[1]), this.expected)) {
      throw new UnauthorizedException('A valid "Authorization: Bearer <token>" header is required for writes');
    }
    return true;
  }
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
