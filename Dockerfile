# Vigil in a container: the same commands CI runs (npm ci, which builds dist/), then a runtime image with production
# dependencies only, running as an unprivileged user, its data in a volume.

# --- build: compile better-sqlite3 and dist/ ----------------------------------------------------------------------
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
# `npm ci` installs everything and runs `prepare`, which builds dist/; then the development packages are dropped.
RUN npm ci --engine-strict --no-audit --no-fund \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime ------------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    VIGIL_DATA_DIR=/var/lib/vigil \
    VIGIL_SECRET_KEY_FILE=/run/vigil-key/secret.key
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist ./dist
# The data and the key live in volumes owned by the unprivileged user (uid 1000, "node" in the base image).
RUN mkdir -p /var/lib/vigil /run/vigil-key \
 && chown node:node /var/lib/vigil /run/vigil-key \
 && chmod 700 /var/lib/vigil /run/vigil-key
USER node
VOLUME ["/var/lib/vigil", "/run/vigil-key"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "bin/vigil.js", "serve"]
