import { z } from "zod";
import { isUnsubscribeScope } from "@/lib/reminders/unsubscribe-scope";

/** What an unsubscribe link carries: whose, which kind ("all" for a digest), and its HMAC. */
export const unsubscribeSchema = z
  .object({
    u: z.string().min(1).max(100),
    k: z.string().max(40).refine(isUnsubscribeScope, "Unknown kind of reminder."),
    t: z.string().min(20).max(100),
  })
  .strict();
