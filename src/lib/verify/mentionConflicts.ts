import type { Mention } from '../schema';

export type MentionConflict = {
  entityId: string;
  kind: 'name' | 'title';
  mentionIds: [string, string];
  values: [string, string];
  figureIds: string[];
};

/**
 * Disagreements about who or what: the same entity named differently (王敏杰 / 王敏捷) or given a different
 * title (首席科学家 / 首席应用科学家) by two articles. An empty name or title is not compared.
 */
export function mentionConflicts(mentions: readonly Mention[]): MentionConflict[] {
  const out: MentionConflict[] = [];
  mentions.forEach((a, i) =>
    mentions.slice(i + 1).forEach((b) => {
      if (a.entity_id !== b.entity_id || a.article_id === b.article_id) return;
      const figureIds = [...a.figure_ids.split(' '), ...b.figure_ids.split(' ')].filter(Boolean);
      for (const kind of ['name', 'title'] as const) {
        if (a[kind] && b[kind] && a[kind] !== b[kind]) {
          out.push({
            entityId: a.entity_id,
            kind,
            mentionIds: [a.id, b.id],
            values: [a[kind], b[kind]],
            figureIds
          });
        }
      }
    })
  );
  return out;
}
