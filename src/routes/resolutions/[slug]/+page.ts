import { error } from '@sveltejs/kit';
import { findResolutionTemplate, resolutionTemplates } from '$lib/content/resolutions';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => resolutionTemplates.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const template = findResolutionTemplate(params.slug);
	if (!template) error(404, 'No such resolution template');
	return { template };
};
