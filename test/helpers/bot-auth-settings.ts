/**
 * The botbuilder settings that point ConfigurationBotFrameworkAuthentication at a FakeOpenId server,
 * and an outbound credentials factory that needs no Entra ID. Findings from botbuilder 4.23.3's
 * botframework-connector/lib/auth (see fake-openid.test.ts for the proof):
 * - inbound channel tokens are checked against ToBotFromChannelOpenIdMetadataUrl and
 *   ToBotFromChannelTokenIssuer; tokens whose issuer is an AAD/emulator issuer take the emulator
 *   path (ToBotFromEmulatorOpenIdMetadataUrl) instead, so that URL is pointed at an empty key set;
 * - MicrosoftAppType/MicrosoftAppTenantId only shape outbound credentials, not inbound checks;
 * - a loopback ToChannelFromBotLoginUrl does not work: MSAL refuses non-https authorities
 *   ("authority_uri_insecure"), hence fixedTokenCredentialsFactory.
 */
import {
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { BOT_FRAMEWORK_ISSUER, type FakeOpenId } from './fake-openid.js';

/** The bot's registration as the tests configure it (a single-tenant app). */
export interface BotCredentials {
  appId: string;
  password: string;
  tenantId: string;
}

/**
 * The complete ConfigurationBotFrameworkAuthentication settings that make the SDK validate inbound
 * tokens against `openId`. Setting any one of the "parameterized" keys makes the SDK take ALL of them
 * from the settings (botFrameworkAuthenticationFactory.js), so every one is given here; the
 * outbound ones keep their public-cloud values.
 */
export function authSettingsFor(
  openId: FakeOpenId,
  bot: BotCredentials,
): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.password,
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: bot.tenantId,
    ToBotFromChannelOpenIdMetadataUrl: openId.metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openId.emulatorMetadataUrl,
    ToBotFromChannelTokenIssuer: BOT_FRAMEWORK_ISSUER,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    CallerId: 'urn:botframework:azure',
    ValidateAuthority: true,
  };
}

type OutboundCredentials = Awaited<
  ReturnType<ConfigurationServiceClientCredentialFactory['createCredentials']>
>;

/**
 * A credentials factory for outbound calls that never asks Entra ID for a token: every request to
 * the Bot Connector carries `Authorization: Bearer <token>`. Pass it as the second argument of
 * `new ConfigurationBotFrameworkAuthentication(settings, factory)`. Inbound validation is unchanged
 * (app id check and auth-disabled check come from the real factory it extends).
 */
export function fixedTokenCredentialsFactory(
  bot: BotCredentials,
  token = 'fake-outbound-token',
): ConfigurationServiceClientCredentialFactory {
  const signer: OutboundCredentials = {
    signRequest: (webResource) => {
      webResource.headers.set('authorization', `Bearer ${token}`);
      return Promise.resolve(webResource);
    },
  };
  class FixedTokenFactory extends ConfigurationServiceClientCredentialFactory {
    override createCredentials(): Promise<OutboundCredentials> {
      return Promise.resolve(signer);
    }
  }
  return new FixedTokenFactory({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.password,
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: bot.tenantId,
  });
}
