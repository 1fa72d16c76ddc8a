# syntax=docker/dockerfile:1
# Nærvær in a container: `docker build -t naervaer .`, then run it with the production settings
# (BOT_ID, BOT_PASSWORD or BOT_TYPE=UserAssignedMSI, ALLOWED_TENANT_IDS, and DATABASE_URL for the
# PostgreSQL store). compose.yaml runs two of these behind a load balancer with PostgreSQL.
# Node 22 LTS, the runtime the Azure Web App in infra/ uses too (the bot also runs on Node 24).
ARG NODE_VERSION=22

# Production dependencies only, installed from the lockfile. --ignore-scripts: the one install
# script production needs none of is botbuilder-dialogs' `npx rimraf` clean-up (rimraf is a
# devDependency), and restify's optional dtrace-provider would need a compiler; tsx's esbuild
# binary arrives as its own platform package, not from a script.
FROM node:${NODE_VERSION}-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
# The folders the bot and the import CLI load at run time (a test keeps this list complete).
COPY app ./app
COPY bot ./bot
COPY cards ./cards
COPY data ./data
COPY dialogs ./dialogs
COPY domain ./domain
COPY i18n ./i18n
# The PostgreSQL schema migrations, run at start when DATABASE_URL is set.
COPY migrations ./migrations
# The tab's front end, bundled here by esbuild (a production dependency) into tab/static.
COPY tab ./tab
RUN node --import tsx tab/build.ts
# The lowdb store's folder, for a single container without DATABASE_URL (mount a volume here).
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --start-interval=2s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 (not npm), so SIGTERM from `docker stop` reaches the bot's own handler.
CMD ["node", "--import", "tsx", "bot/index.ts"]
