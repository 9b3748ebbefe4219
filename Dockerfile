# Two images from one build: `api` (the Express API; it can also serve the
# client) and `client` (nginx serving the built SPA and forwarding /api with the
# original Host, so <school>.<domain> still names the school).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY server server
COPY client client
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS api
ENV NODE_ENV=production HOST=0.0.0.0 PORT=5000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
# Uploaded files (UPLOADS_DIR in docker-compose.yml), writable by the unprivileged user.
RUN mkdir -p /data/uploads && chown node:node /data/uploads
USER node
EXPOSE 5000
CMD ["node", "server/dist/src/index.js"]

FROM nginx:1.27-alpine AS client
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/client/dist /usr/share/nginx/html
EXPOSE 80
