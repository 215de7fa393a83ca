/** Topics (chủ đề), kept in content/topics.yaml. */
import { z } from 'zod';
import { idSchema } from './shared';

/** One topic. */
export const topicSchema = z
  .object({
    id: idSchema.describe('Mã chủ đề, không dấu, dùng trong đường dẫn và trong trường `topics` của văn bản.'),
    name: z.string().min(1).describe('Tên chủ đề, có dấu: "Chuyển đổi số".'),
    description: z.string().optional().describe('Một câu giải thích chủ đề bao gồm những gì.'),
  })
  .strict();

/** Type of one topic. */
export type Topic = z.infer<typeof topicSchema>;

/** The whole topics.yaml file: a list of topics. */
export const topicsFileSchema = z.array(topicSchema);
