import { type CanActivate, type ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { Settings } from '../../config/settings.js';
import { SETTINGS } from '../../config/settings.tokens.js';
import { BEARER_TOKEN_REQUIRED, bearerTokenCheck } from './bearer-token.js';

/**
 * Guards every write: `Authorization: Bearer <NEWSLEDGER_API_TOKEN>`. The HTTP edge
 * (request-screening.ts) already refuses unauthenticated writes before reading their body;
 * the guard keeps each write endpoint safe on its own and documents it.
 */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  private readonly matches: (authorization: string | undefined) => boolean;

  constructor(@Inject(SETTINGS) settings: Settings) {
    this.matches = bearerTokenCheck(settings.apiToken);
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.matches(context.switchToHttp().getRequest<Request>().headers.authorization)) {
      throw new UnauthorizedException(BEARER_TOKEN_REQUIRED);
    }
    return true;
  }
}
