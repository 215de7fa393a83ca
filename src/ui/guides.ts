/**
 * The guides (src/pages/huong-dan/*.mdx) as a list, from their own frontmatter: the guides' index
 * page and the home page list them, so a new guide file is linked without another edit.
 */
import { paths } from '../lib/paths';

/** What a guide's frontmatter says of it. */
export interface GuideMeta {
  title: string;
  /** One sentence: what the reader finds in it. */
  description: string;
  /** Whom it is for, in two words ("Đảng viên", "Báo cáo viên"): the home page's list. */
  reader: string;
  /** Whom it is for, in a phrase: the guide's own page and the index. */
  audience: string;
  /** Its place in the list. */
  order: number;
}

/** One guide in the list. */
export interface Guide extends GuideMeta {
  slug: string;
  path: string;
}

const modules = import.meta.glob<GuideMeta>('../pages/huong-dan/*.mdx', { eager: true, import: 'frontmatter' });

/** Every guide, in order. */
export function guides(): Guide[] {
  return Object.entries(modules)
    .map(([file, meta]) => {
      const slug = file.split('/').pop()!.replace(/\.mdx$/, '');
      return { ...meta, slug, path: paths.guide(slug) };
    })
    .sort((a, b) => a.order - b.order);
}
