/**
 * Nærvær's Teams app manifest (schema v1.30), built in code so that the compiler checks it against
 * the types of @microsoft/app-manifest. The strings here are English, the manifest's default
 * language; da.json carries the Danish ones. Teams picks da.json for a Danish client (da, da-DK) and
 * falls back to these strings otherwise — the same rule the bot uses for its replies.
 */
import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import { ACCENT_COLOR } from './icon-drawing.js';

/** Pinned to v1.30, the newest schema bundled in @microsoft/app-manifest 1.1.2. */
export type Manifest = TeamsManifestV1D30.TeamsManifestV1D30;

export const MANIFEST_SCHEMA =
  'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json';
export const LOCALIZATION_SCHEMA =
  'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json';
/** Files in the zip besides manifest.json. */
export const PACKAGE_FILES = ['color.png', 'outline.png', 'da.json'] as const;

export interface ManifestOptions {
  /** The Teams app id (TEAMS_APP_ID), a GUID. */
  appId: string;
  /** The bot's Microsoft App ID (BOT_ID), a GUID. */
  botId: string;
  /** The bot endpoint's host (BOT_DOMAIN), e.g. `naervaer.kommune.dk`, without scheme. */
  domain: string;
  /** Semantic version of the app package. */
  version: string;
}

/**
 * The options that give appPackage/manifest.json, the Teams Toolkit-style template a Teams
 * administrator reads and fills (the `${{…}}` placeholders are the toolkit's). `npm run package --
 * --template` writes it; a test keeps it equal to what buildManifest gives.
 */
export const TEMPLATE_OPTIONS: Omit<ManifestOptions, 'version'> = {
  appId: '${{TEAMS_APP_ID}}',
  botId: '${{BOT_ID}}',
  domain: '${{BOT_DOMAIN}}',
};

export interface BotCommand {
  title: string;
  description: string;
}

/** Commands offered in the personal chat. Titles are sent to the bot as the message text. */
export const PERSONAL_COMMANDS: readonly BotCommand[] = [
  { title: 'help', description: 'See what I can help you with' },
  {
    title: 'absence vs target',
    description: "See your unit's sickness absence against its target",
  },
  { title: 'register sickness', description: 'Record that an employee is sick or fit again' },
  {
    title: 'conversation guide',
    description: 'Prepare a good conversation about sickness absence, step by step',
  },
];

/** Commands offered in teams and group chats, where the bot never shows individuals. */
export const GROUP_COMMANDS: readonly BotCommand[] = [
  { title: 'help', description: 'See what I can do here' },
];

const DESCRIPTION_FULL =
  'Nærvær helps leaders and HR in Danish municipalities follow up on sickness absence early and ' +
  'with care: registering sick and fit days, reminders of contacts and conversations on time, ' +
  'absence figures against the unit’s target, a guide for good sickness-absence conversations ' +
  'and tips for well-being at work. Nærvær never stores diagnoses or health details – only the ' +
  'dates of absence and what was agreed. In channels and group chats it shows figures for groups only, never for individuals.';

/** The manifest for the given ids, host and version. Pure: no environment, no files. */
export function buildManifest(options: ManifestOptions): Manifest {
  const site = `https://${options.domain}`;
  return {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: '1.30',
    version: options.version,
    id: options.appId,
    localizationInfo: {
      defaultLanguageTag: 'en',
      additionalLanguages: [{ languageTag: 'da', file: 'da.json' }],
    },
    developer: {
      name: 'Nærvær',
      websiteUrl: `${site}/`,
      privacyUrl: `${site}/privacy`,
      termsOfUseUrl: `${site}/terms`,
    },
    name: { short: 'Nærvær', full: 'Nærvær – sickness absence follow-up' },
    description: {
      short: 'Follow up on sickness absence early, with care and on time',
      full: DESCRIPTION_FULL,
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT_COLOR,
    bots: [botOf(options.botId)],
    ...tabsOf(options),
    defaultInstallScope: 'personal',
    validDomains: [options.domain],
  };
}

/**
 * The Nærvær tab: a personal dashboard and a channel tab for one unit (aggregates only), served by
 * the bot's host. Teams SSO asks Entra ID for a token for the bot's app registration, exposed as
 * `api://<host>/<bot id>` (the server's TAB_APP_ID_URI).
 */
export const tabAppIdUri = (domain: string, botId: string): string => `api://${domain}/${botId}`;

function tabsOf(
  options: ManifestOptions,
): Pick<Manifest, 'staticTabs' | 'configurableTabs' | 'webApplicationInfo'> {
  const site = `https://${options.domain}`;
  return {
    staticTabs: [
      {
        entityId: 'dashboard',
        name: 'Dashboard',
        contentUrl: `${site}/tab/?inTeams=1`,
        websiteUrl: `${site}/tab/`,
        scopes: ['personal'],
      },
    ],
    configurableTabs: [
      {
        configurationUrl: `${site}/tab/config.html`,
        canUpdateConfiguration: true,
        scopes: ['team'],
        context: ['channelTab'],
      },
    ],
    webApplicationInfo: {
      id: options.botId,
      resource: tabAppIdUri(options.domain, options.botId),
    },
  };
}

function botOf(botId: string): NonNullable<Manifest['bots']>[number] {
  return {
    botId,
    scopes: ['personal', 'team', 'groupChat'],
    isNotificationOnly: false,
    supportsFiles: false,
    supportsCalling: false,
    supportsVideo: false,
    commandLists: [
      { scopes: ['personal'], commands: PERSONAL_COMMANDS.map((c) => ({ ...c })) },
      { scopes: ['team', 'groupChat'], commands: GROUP_COMMANDS.map((c) => ({ ...c })) },
    ],
  };
}
