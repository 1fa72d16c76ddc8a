// Nærvær on Azure, provisioned by the Microsoft 365 Agents Toolkit (m365agents.yml, arm/deploy):
// a user-assigned managed identity that is the bot's identity (no client secret to rotate), an
// App Service plan and Linux Web App on Node 22 running two or more instances, the Azure Bot with
// its Teams channel, and Azure Database for PostgreSQL Flexible Server, whose database the
// instances share through DATABASE_URL. App setting names are the ones bot/config.ts reads.

@minLength(4)
@maxLength(12)
@description('Prefix of every resource name, lowercase letters and digits; a suffix unique to the resource group is added.')
param resourceBaseName string

@maxLength(42)
param botDisplayName string = 'Nærvær'

param location string = resourceGroup().location

@description('App Service plan SKU; B1 or higher (Always On keeps the 08:00 scheduler running).')
param webAppSku string = 'B1'

@minValue(1)
@maxValue(10)
@description('Web App instances behind App Service\'s load balancer; two or more for availability.')
param instanceCount int = 2

@description('App Service\'s Linux runtime for the bot.')
param linuxFxVersion string = 'NODE|22-lts'

@allowed(['F0', 'S1'])
param botServiceSku string = 'F0'

param postgresAdminLogin string = 'naervaer'

@secure()
@minLength(12)
@description('Administrator password of the PostgreSQL server (from SECRET_POSTGRES_ADMIN_PASSWORD).')
param postgresAdminPassword string

@description('PostgreSQL compute: Standard_B2s (Burstable) for a pilot, e.g. Standard_D2ds_v5 (GeneralPurpose) for 20,000+ employees.')
param postgresSkuName string = 'Standard_B2s'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'Burstable'

param postgresVersion string = '16'

@minValue(32)
param postgresStorageSizeGB int = 32

param databaseName string = 'naervaer'

@allowed(['da', 'en'])
param defaultLocale string = 'da'

var suffix = take(uniqueString(resourceGroup().id), 6)
var baseName = '${resourceBaseName}-${suffix}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-identity'
  location: location
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${baseName}-db'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: postgresStorageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0–0.0.0.0 is Azure's rule for "allow Azure services": the Web App reaches the server,
// the internet does not. Connections are TLS only (the server's default).
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

var databaseUrl = 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=verify-full'

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${baseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: baseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      // The same start as the container image: node runs the TypeScript sources through tsx.
      appCommandLine: 'node --import tsx bot/index.ts'
      appSettings: [
        // App Service builds on deploy (npm install on Linux), so the platform's own esbuild
        // binary, which tsx needs, is installed whatever machine the deploy starts from.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'BOT_ID', value: identity.properties.clientId }
        { name: 'BOT_TYPE', value: 'UserAssignedMSI' }
        { name: 'BOT_TENANT_ID', value: identity.properties.tenantId }
        { name: 'ALLOWED_TENANT_IDS', value: identity.properties.tenantId }
        { name: 'DATABASE_URL', value: databaseUrl }
        { name: 'DEFAULT_LOCALE', value: defaultLocale }
      ]
    }
  }
  dependsOn: [database, allowAzureServices]
}

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: baseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written into env/.env.{env} by arm/deploy; appPackage/manifest.json reads BOT_ID and BOT_DOMAIN.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
