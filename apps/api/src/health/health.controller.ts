import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@crm/auth';
import { HealthReportView, HealthService } from '@crm/ops';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when Postgres and Redis both answer, 503 naming the one that does not. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthReportView })
  @ApiServiceUnavailableResponse({ type: HealthReportView, description: 'Postgres or Redis does not answer' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReportView> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
