import { builtInRoles } from '$lib/content/roles';
import { localize } from '$lib/content/localize';
import type { Locale } from '$lib/content/types';
import type { CustomRole } from './settings';

export interface RoleOption {
	id: string;
	name: string;
	description?: string;
}

/** Built-in roles first, in their set order, then the user's own. */
export function roleOptions(custom: CustomRole[], locale?: Locale): RoleOption[] {
	return [
		...builtInRoles.map((role) => ({
			id: role.id,
			name: localize(role.name, locale),
			description: localize(role.description, locale)
		})),
		...custom.map((role) => ({ id: role.id, name: role.name }))
	];
}

/** A role's name; a role whose custom entry was lost shows nothing rather than an id. */
export function roleName(id: string, custom: CustomRole[], locale?: Locale): string {
	return roleNames(custom, locale).get(id) ?? '';
}

let names:
	{ custom: CustomRole[]; locale: Locale | undefined; byId: Map<string, string> } | undefined;

/** Every role's name by id, worked out once per set of custom roles and language. */
export function roleNames(custom: CustomRole[], locale?: Locale): Map<string, string> {
	if (names?.custom !== custom || names.locale !== locale) {
		const byId = new Map(roleOptions(custom, locale).map((role) => [role.id, role.name]));
		names = { custom, locale, byId };
	}
	return names.byId;
}
