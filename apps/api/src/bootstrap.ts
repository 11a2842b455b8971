import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig, loadConfig } from '@crm/config';
import { createValidationPipe, refuseDeepJson } from '@crm/http';
import { AppModule } from './app.module';

/** Builds the HTTP app exactly as production runs it; tests call this too. */
export async function createApiApp(config: AppConfig = loadConfig(), opts: { logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: opts.logger ?? ['error', 'warn', 'log'], bodyParser: false });
  app.enableShutdownHooks();
  app.set('trust proxy', 'loopback');
  // gzip for JSON and the backoffice's scripts (the first load's 937 kB of script goes as 307 kB); small bodies as they are.
  app.use(compression({ threshold: 1024 }));
  app.use(express.json({ limit: config.body.limitBytes, verify: refuseDeepJson(config.body.maxDepth) }));
  app.use(express.urlencoded({ extended: false, limit: config.body.limitBytes }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'frame-src': ["'self'", 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  app.enableCors({ origin: config.corsOrigins.length ? config.corsOrigins : false, exposedHeaders: ['Content-Range'], credentials: false });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());

  const doc = new DocumentBuilder()
    .setTitle('招商引资 CRM API')
    .setDescription('Industry-chain map, recruitment pipeline, reminders and cockpit. Lists follow ra-data-simple-rest.')
    .setVersion('0.1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs-json' });

  serveAdmin(app, config);
  return app;
}

/** The built backoffice at `/`, with client-side routes falling back to index.html. */
function serveAdmin(app: NestExpressApplication, config: AppConfig): void {
  const dir = resolve(config.adminDistDir || join('apps', 'admin', 'dist'));
  if (!existsSync(join(dir, 'index.html'))) {
    new Logger('Admin').warn(`backoffice not built (${dir}); run npm run build:admin`);
    return;
  }
  app.use(express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: adminCacheHeaders }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}

/**
 * index.html is checked on every load (it names the current build); files under assets/ carry a
 * content hash in their name, so a browser keeps them for a year without asking again.
 */
function adminCacheHeaders(res: express.Response, path: string): void {
  // sw.js too: a new service worker must be seen as soon as it is deployed.
  if (path.endsWith('index.html') || path.endsWith('sw.js')) res.setHeader('Cache-Control', 'no-cache');
  else if (/[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+$/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
