/**
 * The material of one build, dealt from decks: every template of a family and every content
 * line is dealt once before any repeats, so the slices use all of them. Decks are drawn in the
 * build's (sorted) order, so the same seed deals the same cards. O(1) per draw.
 */
import type { Random } from '../random.ts';
import { type Deck, deck } from './deck.ts';
import { CONTENT_KINDS, type ContentKind, FAMILIES, type Family, type Material, type Template } from './material.ts';

export interface Kit {
  material: Material;
  /** The next template of `family`. */
  template(family: Family): Template;
  /** The next family, for slices that mix families. */
  family(): Family;
  /** The next content line of `kind` and its index in the content file. */
  content(kind: ContentKind): { index: number; line: string };
}

export function kit(material: Material, random: Random): Kit {
  const templates = new Map<Family, Deck<Template>>(FAMILIES.map((f) => [f, deck(material.templates[f], random.fork(`templates:${f}`))]));
  const content = new Map<ContentKind, Deck<number>>(
    CONTENT_KINDS.map((k) => [k, deck(material.content[k].map((_, i) => i), random.fork(`content:${k}`))]),
  );
  const families = deck(FAMILIES, random.fork('families'));
  return {
    material,
    template: (family) => (templates.get(family) as Deck<Template>).draw(),
    family: () => families.draw(),
    content: (kind) => {
      const index = (content.get(kind) as Deck<number>).draw();
      return { index, line: material.content[kind][index] as string };
    },
  };
}
