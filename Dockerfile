# shop-monitor daemon. Mount your config at /config/monitor.yaml (with `data_dir: /data`) and a volume at /data.
# With `api.enabled` (and api.host 0.0.0.0 + a token) the dashboard listens on 8787. See docker-compose.yml.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

COPY pyproject.toml README.md scrapy.cfg ./
COPY monitor ./monitor
COPY spiders ./spiders
COPY sentiment ./sentiment
COPY notifiers ./notifiers
COPY config ./config
RUN pip install ".[postgres]" \
 && useradd --create-home --uid 10001 monitor \
 && mkdir -p /data /config && chown monitor:monitor /data

USER monitor
VOLUME ["/data", "/config"]
EXPOSE 8787
# /healthz when api.enabled, otherwise a database round trip (see `monitor healthcheck`)
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
  CMD ["monitor", "healthcheck", "--config", "/config/monitor.yaml"]
ENTRYPOINT ["monitor"]
CMD ["run", "--config", "/config/monitor.yaml"]
