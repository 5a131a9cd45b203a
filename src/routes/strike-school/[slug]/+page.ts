import { error } from '@sveltejs/kit';
import { builtInChecklists, findBuiltInChecklist } from '$lib/content/checklists';
import type { EntryGenerator, PageLoad } from './$types';

/** Every ready-made checklist gets a prerendered page, so it can be read offline. */
export const entries: EntryGenerator = () =>
	builtInChecklists.map((checklist) => ({ slug: checklist.slug }));

export const load: PageLoad = ({ params }) => {
	const checklist = findBuiltInChecklist(params.slug);
	if (!checklist) error(404, 'Not found');
	return { checklist };
};
