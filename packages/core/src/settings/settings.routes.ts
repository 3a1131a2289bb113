import {
  RetentionSettingsAnswer,
  RetentionSettingsChange,
  TiplineSettingsAnswer,
  TiplineSettingsChange,
} from '@vigie/contract';
import { actorOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { SettingsService } from './settings.service.ts';

// Installation settings: administrators change them; supervisors may read them.
const tags = ['settings'];

export function registerSettingsRoutes(app: HttpServer, settings: SettingsService): void {
  app.get(
    '/api/v1/settings/tipline',
    {
      config: { access: { staff: ['supervisor', 'administrator'] } },
      schema: { tags, response: { 200: TiplineSettingsAnswer } },
    },
    async () => settings.describe(),
  );
  app.put(
    '/api/v1/settings/tipline',
    {
      config: { access: { staff: ['administrator'] } },
      schema: { tags, body: TiplineSettingsChange, response: { 200: TiplineSettingsAnswer } },
    },
    async (request) => settings.changeTipline(request.body, actorOf(request)),
  );
  app.get(
    '/api/v1/settings/retention',
    {
      config: { access: { staff: ['supervisor', 'administrator'] } },
      schema: { tags, response: { 200: RetentionSettingsAnswer } },
    },
    async () => settings.retention.describe(),
  );
  app.put(
    '/api/v1/settings/retention',
    {
      config: { access: { staff: ['administrator'] } },
      schema: { tags, body: RetentionSettingsChange, response: { 200: RetentionSettingsAnswer } },
    },
    async (request) => settings.retention.change(request.body, actorOf(request)),
  );
}
