import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { webAssets } from './web-assets.js';

// Revalidate every time (sendFile's ETag makes that a 304): a new build is seen at once.
const REVALIDATE = { headers: { 'Cache-Control': 'no-cache' } };

/** The read-only page for people at `/`, and the files it loads under /web/. */
@ApiExcludeController()
@Controller()
export class WebController {
  private readonly assets = webAssets();

  @Get()
  index(@Res() response: Response): void {
    response.setHeader('Content-Security-Policy', this.assets.contentSecurityPolicy);
    response.sendFile(this.assets.index, REVALIDATE);
  }

  @Get('web/vendor/:file')
  vendor(@Param('file') file: string, @Res() response: Response): void {
    this.send(`vendor/${file}`, response);
  }

  @Get('web/:file')
  own(@Param('file') file: string, @Res() response: Response): void {
    this.send(file, response);
  }

  private send(name: string, response: Response): void {
    const path = this.assets.files.get(name);
    if (!path) throw new NotFoundException(`No page file ${name}`);
    response.sendFile(path, REVALIDATE);
  }
}
