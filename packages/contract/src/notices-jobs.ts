import Type from 'typebox';

// Notice and outbox jobs: name (feature.verb-noun) to payload schema.
export const noticesJobSchemas = {
  // Enqueued (job key notices.prepare) by every transaction that records new notice_pending
  // detections, and every 5 minutes as a sweep: puts pending detections in their recipient's
  // notice. Idempotent: a detection leaves notice_pending in the transaction that files it.
  'notices.prepare-notices': Type.Object({ retryUnknown: Type.Optional(Type.Boolean()) }),
  // When a batching recipient's notice is due (job key = notice id): closes it and queues its message.
  'notices.close-notice': Type.Object({ noticeId: Type.String({ format: 'uuid' }) }),
  // One per outbox message (job key = message id), again after each failed attempt: one attempt.
  'outbox.deliver-message': Type.Object({ messageId: Type.String({ format: 'uuid' }) }),
  // Every minute: messages whose job was lost with a killed worker (lease over) get a job again.
  'outbox.sweep': Type.Object({}),
} as const;
