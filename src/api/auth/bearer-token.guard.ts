import { type CanActivate, type ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { Settings } from '../../config/settings.js';
import { SETTINGS } from '../../config/settings.tokens.js';

/** Guards every write: `Authorization: Bearer <NEWSLEDGER_API_TOKEN>`. */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(@Inject(SETTINGS) settings: Settings) {
    // main.ts resolves an unset token from the data directory before the module is built.
    if (settings.apiToken === null) throw new Error('No API token resolved: writes would be open to anyone');
    this.expected = digest(settings.apiToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    // Comparing digests keeps the comparison constant-time whatever the token's length.
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), this.expected)) {
      throw new UnauthorizedException('A valid "Authorization: Bearer <token>" header is required for writes');
    }
    return true;
  }
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
