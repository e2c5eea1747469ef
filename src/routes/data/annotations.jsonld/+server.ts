import { annotationCollection } from '$lib/export';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  const d = dataset();
  return new Response(JSON.stringify(annotationCollection(d.figures, d.articles, d.texts), null, 1), {
    headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' }
  });
}
