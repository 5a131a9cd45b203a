import { builtInRoles } from '$lib/content/rapid-response';
import { localize } from '$lib/content/localize';
import type { Locale } from '$lib/content/types';
import type { CustomRole } from '$lib/rapid-response/settings';

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
	return roleOptions(custom, locale).find((role) => role.id === id)?.name ?? '';
}
