import { Module } from '@nestjs/common';
import { AccessModule } from '@crm/access';
import { QueueModule } from '@crm/queue';
import { ChannelTestService } from './channel-test.service';
import { BoardStaleBadges } from './board-stale-badges';
import { CHANNEL_SENDERS, ChannelSender } from './channels/channel';
import { EmailChannel } from './channels/email.channel';
import { InAppChannel } from './channels/in-app.channel';
import { WebhookChannel } from './channels/webhook.channel';
import { DeliveryRunner } from './delivery-runner';
import { DeliveryService } from './delivery.service';
import { DigestService } from './digest.service';
import { FollowUpHooks } from './follow-up-hooks';
import { NotificationsService } from './notifications.service';
import { ReminderQueue } from './reminder-queue';
import { ReminderRulesService } from './reminder-rules.service';
import { ReminderWriter } from './reminder-writer';
import { RemindersQueryService } from './reminders-query.service';
import { StaleService } from './stale.service';
import { TodoService } from './todo.service';

/**
 * Follow-ups, reminders and their delivery. Needs the app's DatabaseModule, ConfigModule and
 * PipelineHooksModule (global); registers its pipeline hooks and timeline source at init.
 */
@Module({
  imports: [QueueModule, AccessModule],
  providers: [
    ReminderQueue,
    ReminderWriter,
    ReminderRulesService,
    FollowUpHooks,
    BoardStaleBadges,
    StaleService,
    TodoService,
    DigestService,
    DeliveryRunner,
    DeliveryService,
    NotificationsService,
    RemindersQueryService,
    ChannelTestService,
    InAppChannel,
    EmailChannel,
    WebhookChannel,
    {
      provide: CHANNEL_SENDERS,
      inject: [InAppChannel, EmailChannel, WebhookChannel],
      useFactory: (...senders: ChannelSender[]) => senders,
    },
  ],
  exports: [
    TodoService,
    ReminderWriter,
    ReminderRulesService,
    StaleService,
    DigestService,
    DeliveryService,
    NotificationsService,
    RemindersQueryService,
    ReminderQueue,
    ChannelTestService,
  ],
})
export class RemindersModule {}
