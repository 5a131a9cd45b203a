import { error } from '@sveltejs/kit';
import { cardSlugs, findCard } from '$lib/rapid-response/cards';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered page per built-in card. */
export const entries: EntryGenerator = () => cardSlugs.map((slug) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const card = findCard(params.slug);
	if (!card) error(404, 'No such card');
	return { slug: card.slug };
};
