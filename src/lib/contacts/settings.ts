import { settingsRecord } from '$lib/db';

/** A role the user added beside the built-in ones. */
export interface CustomRole {
	id: string;
	name: string;
}

/**
 * The rapid-response network's settings: one 'settings' record with a fixed id. Contacts keep
 * their custom roles here and the rapid-response area its legal group, retention and last alert
 * group; the record lives with contacts, the feature rapid-response builds on, so that imports
 * run one way (rapid-response → contacts).
 */
export interface RapidResponseSettings {
	/** The user's local legal group, in their own words (the app ships none). */
	legalGroupName: string;
	legalWording: string;
	legalHotline: string;
	/** Incident reports are deleted this many days after they were logged; null keeps them. */
	incidentRetentionDays: number | null;
	customRoles: CustomRole[];
	/** The group the last alert went to, offered first next time. */
	lastAlertGroupId?: string;
}

const SETTINGS_ID = 'rapid-response';

const defaultSettings: RapidResponseSettings = {
	legalGroupName: '',
	legalWording: '',
	legalHotline: '',
	incidentRetentionDays: null,
	customRoles: []
};

const settings = settingsRecord(SETTINGS_ID, defaultSettings);

// Queries
/** The settings with defaults for what was never set; undefined while loading. */
export const getSettings = (): RapidResponseSettings | undefined => settings.get();

/** The settings once they are in memory. */
export const readSettings = (): Promise<RapidResponseSettings> => settings.read();

// Mutations
export const updateSettings = (
	change: (current: RapidResponseSettings) => RapidResponseSettings
): Promise<RapidResponseSettings> => settings.update(change);

/** Adds a role by name, or finds the one that already has it; returns its id. */
export async function addCustomRole(name: string): Promise<string> {
	const clean = name.replace(/\s+/g, ' ').trim();
	let id = '';
	await updateSettings((current) => {
		const existing = current.customRoles.find(
			(role) => role.name.toLocaleLowerCase() === clean.toLocaleLowerCase()
		);
		id = existing?.id ?? `custom-${crypto.randomUUID()}`;
		return existing
			? current
			: { ...current, customRoles: [...current.customRoles, { id, name: clean }] };
	});
	return id;
}
