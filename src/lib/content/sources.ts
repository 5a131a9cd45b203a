import type { Source, SourceKey } from './types';

/** The four articles the built-in content is drawn from (../shared/seeds, ../shared/CONTENT.md). */
export const sources: Record<SourceKey, Source> = {
	wsb: {
		key: 'wsb',
		short: 'Workers Strike Back',
		title: 'We Need a General Strike to Stop ICE Terror',
		outlet: 'CounterPunch (Workers Strike Back)',
		date: { en: 'Early 2026', es: 'Principios de 2026' }
	},
	tempest: {
		key: 'tempest',
		short: 'Tempest',
		title: 'Lessons from Minneapolis',
		outlet: 'International Viewpoint, IVP613 (Tempest National Committee, 9 February 2026)',
		date: { en: '19 February 2026', es: '19 de febrero de 2026' },
		author: 'Tempest National Committee',
		address: 'internationalviewpoint.org/Lessons-from-Minneapolis'
	},
	internationalist: {
		key: 'internationalist',
		short: 'The Internationalist',
		title: 'Democrats and Courts Won’t Stop ICE Gestapo / Chicago Under Siege',
		outlet: 'The Internationalist',
		date: { en: 'October 2025', es: 'Octubre de 2025' }
	},
	wsws: {
		key: 'wsws',
		short: 'WSWS',
		title:
			'To stop the ICE raids in Chicago: Mobilize the working class through rank-and-file committees',
		outlet: 'World Socialist Web Site (WSWS)',
		date: { en: '30 November 2025', es: '30 de noviembre de 2025' },
		author: 'Kristina Betinis'
	}
};

export const sourceList: Source[] = Object.values(sources);
