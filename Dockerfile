# syntax=docker/dockerfile:1
# Trellis as a container: the same npm scripts as CI build it (npm ci, npm run build), and the final
# image holds only dist/, migrations/ and production dependencies, run by plain node as a non-root
# user. README, "Production"; docker-compose.yml runs it with PostgreSQL.

# Build: the web app (vite) and the server bundle (esbuild) into dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Production dependencies only, installed apart so that no build tool or npm cache reaches the image.
FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    TRELLIS_DATA_DIR=/data
WORKDIR /app
# package.json stays: the app finds its folder by migrations/ beside it, and reads its version there.
COPY package.json ./
COPY migrations ./migrations
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The embedded database (when DATABASE_URL is unset) lives in /data; the image's own files stay root's.
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
# /api/health answers 200 while the server and its database answer. Node's fetch: no curl in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
