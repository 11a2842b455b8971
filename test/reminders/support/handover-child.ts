// One delivery attempt in a process of its own, killed with SIGKILL at a chosen instant:
//   KILL_AT=before-handover  after the channel transmitted everything but the last bytes
//   KILL_AT=at-handover      right after the last bytes and the commit were written
// Run by test/reminders/handover.e2e-spec.ts with DATABASE_URL, SMTP_URL and DELIVERY_ID set.
import 'reflect-metadata';
import { loadConfig } from '@crm/config';
import { DeliveryRunner, EmailChannel, type Handover, InAppChannel, type RemoteChannel, WebhookChannel } from '@crm/reminders';
import { createDataSource } from '@crm/schema';

const killAt = process.env.KILL_AT;
const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
};

/** The real channel, with a SIGKILL at the chosen instant of its handover. */
function killing(channel: RemoteChannel): RemoteChannel {
  return {
    channel: channel.channel,
    remote: true,
    prepare: async (out) => {
      const real = await channel.prepare(out);
      const handover: Handover = {
        abandon: () => real.abandon(),
        complete: (handedOver) => {
          if (killAt === 'before-handover') die();
          return real.complete(() => {
            handedOver();
            if (killAt === 'at-handover') die();
          });
        },
      };
      return handover;
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db = createDataSource(config);
  await db.initialize();
  const runner = new DeliveryRunner(db, config, [new InAppChannel(), killing(new EmailChannel(config)), killing(new WebhookChannel(config))]);
  const result = await runner.deliverOne(Number(process.env.DELIVERY_ID));
  console.log(JSON.stringify(result));
  await db.destroy();
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
