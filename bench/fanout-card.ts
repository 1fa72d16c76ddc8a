/** The card the fan-out benchmarks send (one rendering for both). */
import type { Renderer } from '../bot/proactive/outbox-sender.js';

/** A digest-sized card (~2 KB), rendered at send time like the follow-up cards. */
export const cardRenderer: Renderer = (i, ctx) =>
  Promise.resolve({
    activity: {
      type: 'message',
      text: i.id,
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            type: 'AdaptiveCard',
            version: '1.5',
            body: [
              {
                type: 'TextBlock',
                text: `Opfølgning i dag (${ctx.locale})`,
                weight: 'Bolder',
                wrap: true,
              },
              ...Array.from({ length: 6 }, (_, n) => ({
                type: 'TextBlock',
                text: `Medarbejder ${n}: samtale senest ${i.dueAt}`,
                wrap: true,
              })),
            ],
            actions: [
              {
                type: 'Action.Execute',
                title: 'Udført',
                verb: 'followUp.done',
                data: { verb: 'followUp.done', id: i.id },
              },
            ],
          },
        },
      ],
    },
  });
